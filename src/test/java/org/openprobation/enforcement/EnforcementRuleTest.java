package org.openprobation.enforcement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.openprobation.enforcement.domain.EnforcementRule;
import org.openprobation.enforcement.domain.EnforcementRule.Failure;
import org.openprobation.enforcement.domain.EnforcementRule.Order;
import org.openprobation.enforcement.domain.EnforcementRule.Required;

import static org.assertj.core.api.Assertions.assertThat;

/** Each enforcement path of supervision.md, with worked examples and an invariant. */
class EnforcementRuleTest {

	// Monday 2 November 2026
	static final LocalDate FAILED = LocalDate.of(2026, 11, 2);

	@Test
	void aFirstFailureOnACommunityOrderCallsForAWarningWithinTwoWorkingDaysOrBreach() {
		List<EnforcementRule.Due> due = EnforcementRule.due(Order.COMMUNITY, List.of(new Failure(1, FAILED, false)),
				List.of());
		assertThat(due).singleElement().satisfies(d -> {
			assertThat(d.required()).isEqualTo(Required.WARNING_OR_BREACH);
			assertThat(d.dueBy()).isEqualTo(LocalDate.of(2026, 11, 4));
		});
		assertThat(EnforcementRule.breachRequired(Order.COMMUNITY, List.of(new Failure(1, FAILED, false)), List.of()))
			.isFalse();
	}

	@Test
	void aFailureWithinTwelveMonthsAfterAWarningRequiresBreachWithinTenWorkingDays() {
		List<Failure> failures = List.of(new Failure(1, FAILED.minusMonths(3), true), new Failure(2, FAILED, false));
		List<LocalDate> warnings = List.of(FAILED.minusMonths(3).plusDays(1));
		EnforcementRule.Due due = EnforcementRule.due(Order.COMMUNITY, failures, warnings).get(0);
		assertThat(due.required()).isEqualTo(Required.BREACH);
		assertThat(due.dueBy()).isEqualTo(LocalDate.of(2026, 11, 16));
		assertThat(EnforcementRule.breachRequired(Order.COMMUNITY, failures, warnings)).isTrue();
		// a warning more than 12 months before does not count
		assertThat(EnforcementRule.required(Order.COMMUNITY, FAILED, List.of(FAILED.minusMonths(13))))
			.isEqualTo(Required.WARNING_OR_BREACH);
	}

	@Test
	void aLicenceCallsForAWarningOrRecallAndPostSentenceSupervisionAllowsAWarningBeforeTheMagistrates() {
		assertThat(EnforcementRule.required(Order.LICENCE, FAILED, List.of(FAILED.minusMonths(1))))
			.isEqualTo(Required.WARNING_OR_RECALL);
		// supervision.md, "PSS": as for a community order, a first failure is met with a
		// warning or breach, a further one within 12 months of a warning means breach,
		// and
		// the breach goes to the magistrates' court
		assertThat(EnforcementRule.required(Order.POST_SENTENCE_SUPERVISION, FAILED, List.of()))
			.isEqualTo(Required.WARNING_OR_BREACH_TO_MAGISTRATES);
		assertThat(EnforcementRule.breachRequired(Order.POST_SENTENCE_SUPERVISION,
				List.of(new Failure(1, FAILED, false)), List.of()))
			.isFalse();
		assertThat(EnforcementRule.required(Order.POST_SENTENCE_SUPERVISION, FAILED, List.of(FAILED.minusMonths(2))))
			.isEqualTo(Required.BREACH_TO_MAGISTRATES);
		assertThat(EnforcementRule.breachRequired(Order.POST_SENTENCE_SUPERVISION,
				List.of(new Failure(1, FAILED, false)), List.of(FAILED.minusMonths(2))))
			.isTrue();
		assertThat(EnforcementRule.required(Order.POST_SENTENCE_SUPERVISION, FAILED, List.of(FAILED.minusMonths(13))))
			.isEqualTo(Required.WARNING_OR_BREACH_TO_MAGISTRATES);
		assertThat(org.openprobation.enforcement.application.EnforcementPictures
			.orderOf(org.openprobation.sentences.SentenceKind.SUSPENDED_SENTENCE_ORDER)).isEqualTo(Order.COMMUNITY);
		assertThat(org.openprobation.enforcement.application.EnforcementPictures
			.orderOf(org.openprobation.sentences.SentenceKind.PRE_RELEASE)).isNull();
	}

	@Test
	void aFailureAlreadyActedOnIsNotDueAgain() {
		assertThat(EnforcementRule.due(Order.COMMUNITY, List.of(new Failure(1, FAILED, true)), List.of())).isEmpty();
	}

	/**
	 * Whatever the sequence of failures, once a warning has been given every later
	 * failure within 12 months that is not acted on is flagged as requiring breach.
	 */
	@Property
	void noSequenceOfFailuresLeavesARequiredBreachUnflagged(
			@ForAll @Size(min = 1, max = 12) List<@IntRange(min = 1, max = 400) Integer> gaps,
			@ForAll @IntRange(min = 0, max = 11) int warnedAfter) {
		List<Failure> failures = new ArrayList<>();
		LocalDate day = LocalDate.of(2025, 1, 1);
		for (int i = 0; i < gaps.size(); i++) {
			day = day.plusDays(gaps.get(i));
			failures.add(new Failure(i, day, i <= Math.min(warnedAfter, gaps.size() - 1)));
		}
		int w = Math.min(warnedAfter, gaps.size() - 1);
		LocalDate warning = failures.get(w).on().plusDays(1);
		List<EnforcementRule.Due> due = EnforcementRule.due(Order.COMMUNITY, failures, List.of(warning));
		for (Failure failure : failures) {
			boolean after = failure.on().isAfter(warning) || failure.on().isEqual(warning);
			boolean within = failure.on().isBefore(warning.plusMonths(12));
			if (!failure.actedOn() && after && within) {
				assertThat(due).anySatisfy(d -> {
					assertThat(d.contactId()).isEqualTo(failure.contactId());
					assertThat(d.required()).isEqualTo(Required.BREACH);
				});
				assertThat(EnforcementRule.breachRequired(Order.COMMUNITY, failures, List.of(warning))).isTrue();
			}
		}
	}

	@Test
	void aBreachIsOnTimeWhenSubmittedWithinTenWorkingDaysOfTheFailure() {
		// failure on Friday 18 December 2026: Christmas, Boxing Day (substitute 28th) and
		// New Year's Day
		// fall in the next ten working days, which end on Tuesday 5 January 2027
		java.time.LocalDate failure = java.time.LocalDate.of(2026, 12, 18);
		assertThat(org.openprobation.enforcement.domain.BreachTimeliness.onTime(failure,
				java.time.LocalDate.of(2027, 1, 6),
				org.openprobation.enforcement.domain.EnforcementRule.Timescales.defaults()))
			.isTrue();
		assertThat(org.openprobation.enforcement.domain.BreachTimeliness.onTime(failure,
				java.time.LocalDate.of(2027, 1, 7),
				org.openprobation.enforcement.domain.EnforcementRule.Timescales.defaults()))
			.isFalse();
		assertThat(org.openprobation.enforcement.domain.BreachTimeliness.workingDaysToSubmit(failure,
				java.time.LocalDate.of(2027, 1, 6)))
			.isEqualTo(10);
	}

}
