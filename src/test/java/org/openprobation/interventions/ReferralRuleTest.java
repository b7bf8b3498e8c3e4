package org.openprobation.interventions;

import java.time.LocalDate;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.openprobation.interventions.domain.ReferralRule;
import org.openprobation.shared.FieldProblem;

import static org.assertj.core.api.Assertions.assertThat;

/** The referral lifecycle: which steps are possible, with which dates and details. */
class ReferralRuleTest {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

	static ReferralRule.Current at(ReferralStatus status, LocalDate last) {
		return new ReferralRule.Current(status, last, 0, null, false);
	}

	@Test
	void aReferralMovesOnlyAlongItsLifecycle() {
		LocalDate sent = TODAY.minusDays(10);
		assertThat(ReferralRule.problemsMoving(at(ReferralStatus.SENT, sent), ReferralStatus.ACCEPTED, TODAY, TODAY,
				null, null))
			.isEmpty();
		assertThat(ReferralRule.problemsMoving(at(ReferralStatus.SENT, sent), ReferralStatus.COMPLETED, TODAY, TODAY,
				null, "done"))
			.extracting(FieldProblem::message)
			.containsExactly(
					"A referral that is sent: awaiting a response can only be accepted or rejected or withdrawn");
		assertThat(ReferralRule.problemsMoving(at(ReferralStatus.COMPLETED, sent), ReferralStatus.WITHDRAWN, TODAY,
				TODAY, "moved", null))
			.extracting(FieldProblem::message)
			.containsExactly("The referral has ended (completed): it cannot change");
	}

	@Test
	void theDateIsNeitherInTheFutureNorBeforeTheLastStep() {
		LocalDate accepted = TODAY.minusDays(3);
		assertThat(ReferralRule.problemsMoving(at(ReferralStatus.ACCEPTED, accepted), ReferralStatus.STARTED,
				TODAY.plusDays(1), TODAY, null, null))
			.extracting(FieldProblem::message)
			.containsExactly("The date cannot be in the future");
		assertThat(ReferralRule.problemsMoving(at(ReferralStatus.ACCEPTED, accepted), ReferralStatus.STARTED,
				accepted.minusDays(1), TODAY, null, null))
			.extracting(FieldProblem::message)
			.containsExactly("The date cannot be before the referral's last step, on 20 November 2026");
		assertThat(ReferralRule.problemsMoving(at(ReferralStatus.ACCEPTED, accepted), ReferralStatus.STARTED, null,
				TODAY, null, null))
			.extracting(FieldProblem::field)
			.containsExactly("on");
	}

	@Test
	void rejectionAndWithdrawalNeedAReasonAndCompletionAnOutcome() {
		assertThat(ReferralRule.problemsMoving(at(ReferralStatus.SENT, TODAY), ReferralStatus.REJECTED, TODAY, TODAY,
				" ", null))
			.extracting(FieldProblem::field)
			.containsExactly("reason");
		assertThat(ReferralRule.problemsMoving(at(ReferralStatus.STARTED, TODAY), ReferralStatus.COMPLETED, TODAY,
				TODAY, null, null))
			.extracting(FieldProblem::field)
			.containsExactly("outcome");
	}

	@Test
	void anAccreditedProgrammeIsCompletedOnlyWhenEverySessionWasAttended() {
		ReferralRule.Current partway = new ReferralRule.Current(ReferralStatus.STARTED, TODAY.minusWeeks(10), 18, 19,
				true);
		assertThat(ReferralRule.problemsMoving(partway, ReferralStatus.COMPLETED, TODAY, TODAY, null, "Finished"))
			.extracting(FieldProblem::message)
			.containsExactly("An accredited programme is completed only when all 19 sessions are attended "
					+ "(attended so far: 18)");
		ReferralRule.Current all = new ReferralRule.Current(ReferralStatus.STARTED, TODAY.minusWeeks(10), 19, 19, true);
		assertThat(ReferralRule.problemsMoving(all, ReferralStatus.COMPLETED, TODAY, TODAY, null, "Finished"))
			.isEmpty();
	}

	@Test
	void theCompletionRateCountsThoseThatEndedAfterStarting() {
		assertThat(ReferralRule.completionPercent(45, 15)).isEqualTo(75);
		assertThat(ReferralRule.completionPercent(0, 0)).isNull();
		assertThat(ReferralRule.completionPercent(0, 3)).isZero();
	}

	/**
	 * Whatever steps are asked for, in whatever order, only lifecycle moves are accepted,
	 * dates never go backwards, and an ended referral never changes again.
	 */
	@Property
	void noSequenceOfRequestsLeavesTheLifecycle(
			@ForAll @Size(max = 12) List<@IntRange(min = 0, max = 5) Integer> requested,
			@ForAll @Size(max = 12) List<@IntRange(min = -5, max = 20) Integer> dayOffsets) {
		ReferralStatus status = ReferralStatus.SENT;
		LocalDate last = TODAY.minusDays(60);
		boolean ended = false;
		for (int i = 0; i < requested.size(); i++) {
			ReferralStatus to = ReferralStatus.values()[requested.get(i)];
			LocalDate on = last.plusDays(i < dayOffsets.size() ? dayOffsets.get(i) : 1);
			List<FieldProblem> problems = ReferralRule.problemsMoving(at(status, last), to, on, TODAY, "why", "what");
			if (problems.isEmpty()) {
				assertThat(ended).isFalse();
				assertThat(status.next()).contains(to);
				assertThat(on).isAfterOrEqualTo(last).isBeforeOrEqualTo(TODAY);
				status = to;
				last = on;
				ended = !to.live();
			}
		}
		assertThat(status.live()).isEqualTo(!ended);
	}

}
