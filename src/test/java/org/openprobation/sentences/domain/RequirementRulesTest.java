package org.openprobation.sentences.domain;

import java.time.LocalDate;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.openprobation.sentences.AddedRequirement;
import org.openprobation.sentences.Delivery;
import org.openprobation.sentences.Requirement;
import org.openprobation.sentences.RequirementChange.Kind;
import org.openprobation.sentences.RequirementKind;
import org.openprobation.sentences.RequirementStatus;
import org.openprobation.sentences.Sentence;
import org.openprobation.sentences.SentenceKind;
import org.openprobation.sentences.SentenceStatus;
import org.openprobation.shared.FieldProblem;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 28, item 6: a requirement ends on its own (completed when delivered, or at its
 * end date when it has no amount; terminated by the court with a reason), is varied by
 * the court within the law's range and never below what is done, and the court adds
 * requirements to an order in force (supervision.md: "each requirement has its own
 * progress measure ... and its own end"; a breach "can end in ... more onerous
 * requirements").
 */
class RequirementRulesTest {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

	static final LocalDate START = LocalDate.of(2026, 3, 2);

	static Requirement requirement(RequirementKind kind, Integer ordered, int carried) {
		return new Requirement(7, kind, ordered, carried, RequirementStatus.ACTIVE, START, START.plusMonths(12));
	}

	static Sentence order(SentenceKind kind, List<Requirement> requirements) {
		return new Sentence(3, 1, 1, START, "Camberwell Green Magistrates' Court", kind, SentenceStatus.ACTIVE, START,
				START, START.plusMonths(18).minusDays(1), 18, null, null, null, List.of(), requirements);
	}

	static List<String> fields(List<FieldProblem> problems) {
		return problems.stream().map(FieldProblem::field).toList();
	}

	static List<FieldProblem> change(Requirement r, Delivery delivery, Kind change, LocalDate on, Integer amount,
			LocalDate end, String reason) {
		return RequirementRules.problems(order(SentenceKind.COMMUNITY_ORDER, List.of(r)), r, delivery,
				new RequirementRules.Requested(change, on, amount, end, reason), TODAY);
	}

	@Test
	void aMeasuredRequirementIsCompleteOnlyWhenEverythingOrderedIsDelivered() {
		Requirement rar = requirement(RequirementKind.REHABILITATION_ACTIVITY, 20, 5);
		assertThat(change(rar, Delivery.of(14), Kind.COMPLETED, TODAY, null, null, null))
			.extracting(FieldProblem::message)
			.containsExactly("Only 19 of 20 days are done: it is complete when all are done, or the court can "
					+ "terminate or vary it");
		assertThat(change(rar, Delivery.of(15), Kind.COMPLETED, TODAY, null, null, null)).isEmpty();
	}

	@Test
	void oneWithoutAnAmountRunsToItsEndDateUnlessTheCourtEndsIt() {
		Requirement drr = requirement(RequirementKind.DRUG_REHABILITATION, null, 0);
		assertThat(fields(change(drr, Delivery.NONE, Kind.COMPLETED, TODAY, null, null, null)))
			.containsExactly("change");
		assertThat(fields(change(drr, Delivery.NONE, Kind.TERMINATED, TODAY, null, null, null)))
			.containsExactly("reason");
		assertThat(change(drr, Delivery.NONE, Kind.TERMINATED, TODAY, null, null, "Good progress: order of 20 Nov"))
			.isEmpty();
		Requirement ended = new Requirement(7, RequirementKind.DRUG_REHABILITATION, null, 0, RequirementStatus.ACTIVE,
				START.minusYears(1), TODAY.minusDays(1));
		assertThat(change(ended, Delivery.NONE, Kind.COMPLETED, TODAY, null, null, null)).isEmpty();
	}

	@Test
	void aChangeIsNeverDatedInTheFutureNorBeforeTheRequirementStarted() {
		Requirement drr = requirement(RequirementKind.DRUG_REHABILITATION, null, 0);
		assertThat(change(drr, Delivery.NONE, Kind.TERMINATED, TODAY.plusDays(1), null, null, "Court order"))
			.extracting(FieldProblem::message)
			.containsExactly("The date must be today or in the past");
		assertThat(fields(change(drr, Delivery.NONE, Kind.TERMINATED, START.minusDays(1), null, null, "Order")))
			.containsExactly("on");
		assertThat(fields(change(drr, Delivery.NONE, null, TODAY, null, null, null))).containsExactly("change");
		assertThat(fields(change(drr, Delivery.NONE, Kind.ADDED, TODAY, null, null, null))).containsExactly("change");
	}

	@Test
	void anEndedRequirementCannotChange() {
		Requirement done = new Requirement(7, RequirementKind.CURFEW, 60, 60, RequirementStatus.COMPLETED, START,
				START.plusDays(60));
		assertThat(change(done, Delivery.NONE, Kind.TERMINATED, TODAY, null, null, "Order"))
			.extracting(FieldProblem::message)
			.containsExactly("This requirement has already ended (completed)");
	}

	@Test
	void aVariationNeedsAReasonAndSomethingThatChanges() {
		Requirement upw = requirement(RequirementKind.UNPAID_WORK, 100, 30);
		assertThat(fields(change(upw, Delivery.of(10), Kind.VARIED, TODAY, 100, null, null))).containsExactly("reason",
				"newAmount");
		assertThat(change(upw, Delivery.of(10), Kind.VARIED, TODAY, 150, null, "Varied on breach")).isEmpty();
	}

	@Test
	void aVariedAmountIsWithinTheLawAndNeverBelowWhatIsDone() {
		Requirement upw = requirement(RequirementKind.UNPAID_WORK, 100, 30);
		assertThat(change(upw, Delivery.of(20), Kind.VARIED, TODAY, 45, null, "Reduced"))
			.extracting(FieldProblem::message)
			.containsExactly("The amount cannot be less than what is already done (50 hours)");
		assertThat(change(upw, Delivery.of(0), Kind.VARIED, TODAY, 301, null, "Increased"))
			.extracting(FieldProblem::message)
			.containsExactly("The amount must be between 40 and 300 hours");
		Requirement drr = requirement(RequirementKind.DRUG_REHABILITATION, null, 0);
		assertThat(change(drr, Delivery.NONE, Kind.VARIED, TODAY, 10, null, "Amount")).extracting(FieldProblem::message)
			.containsExactly("Drug rehabilitation (DRR) has no amount");
	}

	@Test
	void aVariedEndDateStaysWithinTheOrder() {
		Requirement drr = requirement(RequirementKind.DRUG_REHABILITATION, null, 0);
		assertThat(change(drr, Delivery.NONE, Kind.VARIED, TODAY, null, START.plusMonths(19), "Extended"))
			.extracting(FieldProblem::message)
			.containsExactly("The end date must be within the order, which ends on 1 September 2027");
		assertThat(fields(change(drr, Delivery.NONE, Kind.VARIED, TODAY, null, START, "Shortened")))
			.containsExactly("newEnd");
		assertThat(change(drr, Delivery.NONE, Kind.VARIED, TODAY, null, START.plusMonths(15), "Extended")).isEmpty();
	}

	@Property
	void aVariedAmountIsAcceptedExactlyWhenLawfulAndNotBelowWhatIsDone(@ForAll @IntRange(max = 400) int amount,
			@ForAll @IntRange(max = 100) int delivered) {
		Requirement upw = requirement(RequirementKind.UNPAID_WORK, 100, 0);
		boolean accepted = change(upw, Delivery.of(delivered), Kind.VARIED, TODAY, amount, null, "Court order")
			.isEmpty();
		assertThat(accepted).isEqualTo(amount != 100 && amount >= 40 && amount <= 300 && amount >= delivered);
	}

	static List<FieldProblem> add(Sentence order, RequirementKind kind, Integer amount, LocalDate start, LocalDate end,
			String reason) {
		return RequirementRules.additionProblems(order, new AddedRequirement(kind, amount, start, end, reason), TODAY);
	}

	@Test
	void theCourtAddsARequirementToACommunityOrderInForce() {
		Sentence order = order(SentenceKind.COMMUNITY_ORDER,
				List.of(requirement(RequirementKind.REHABILITATION_ACTIVITY, 20, 0)));
		assertThat(add(order, RequirementKind.CURFEW, 60, TODAY, TODAY.plusMonths(3), "More onerous on breach"))
			.isEmpty();
		assertThat(add(order, RequirementKind.REHABILITATION_ACTIVITY, 10, TODAY, TODAY.plusMonths(3), "More"))
			.extracting(FieldProblem::message)
			.containsExactly(
					"The order already has an active Rehabilitation activity (RAR) requirement: vary it " + "instead");
		assertThat(fields(add(order, RequirementKind.UNPAID_WORK, null, TODAY, TODAY.plusMonths(3), "More")))
			.containsExactly("amount");
		assertThat(fields(add(order, RequirementKind.UNPAID_WORK, 20, TODAY, TODAY.plusMonths(3), "More")))
			.containsExactly("amount");
		assertThat(fields(add(order, RequirementKind.EXCLUSION, 5, TODAY, TODAY.plusMonths(3), "More")))
			.containsExactly("amount");
		assertThat(fields(add(order, RequirementKind.EXCLUSION, null, TODAY.plusDays(1), TODAY.plusMonths(3), "")))
			.containsExactly("start", "reason");
		assertThat(fields(add(order, RequirementKind.EXCLUSION, null, TODAY, START.plusYears(2), "More")))
			.containsExactly("end");
	}

	@Test
	void requirementsAreAddedOnlyToACommunityOrderOrSuspendedSentenceOrderInForce() {
		assertThat(fields(add(order(SentenceKind.LICENCE, List.of()), RequirementKind.CURFEW, 60, TODAY,
				TODAY.plusMonths(3), "More")))
			.containsExactly("kind");
		assertThat(add(order(SentenceKind.SUSPENDED_SENTENCE_ORDER, List.of()), RequirementKind.CURFEW, 60, TODAY,
				TODAY.plusMonths(3), "More"))
			.isEmpty();
	}

}
