package org.openprobation.contacts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.openprobation.contacts.domain.ContactStandard;
import org.openprobation.contacts.domain.ContactStandard.Status;
import org.openprobation.contacts.domain.RarCount;

import static org.assertj.core.api.Assertions.assertThat;

/** Contact standards, RAR days and outcomes, with worked examples from supervision.md. */
class ContactRulesTest {

	static final ContactStandard.Settings POLICY = ContactStandard.Settings.defaults();

	// Monday 2 November 2026
	static final LocalDate START = LocalDate.of(2026, 11, 2);

	@Test
	void inductionIsDueWithinFiveWorkingDaysOfSentenceOrOnReleaseDay() {
		assertThat(ContactStandard.inductionDue(POLICY, START, false)).isEqualTo(LocalDate.of(2026, 11, 9));
		// released on a Saturday: the next working day
		assertThat(ContactStandard.inductionDue(POLICY, LocalDate.of(2026, 11, 7), true))
			.isEqualTo(LocalDate.of(2026, 11, 9));
		assertThat(ContactStandard.inductionDue(POLICY, START, true)).isEqualTo(START);
		// over Christmas: 24 December plus five working days skips Christmas, the Boxing
		// Day
		// substitute (28th) and New Year
		assertThat(ContactStandard.inductionDue(POLICY, LocalDate.of(2026, 12, 24), false))
			.isEqualTo(LocalDate.of(2027, 1, 5));
	}

	@Test
	void theIntervalFollowsTheTier() {
		assertThat(ContactStandard.intervalDays(POLICY, "A2", START, START.plusWeeks(3))).isEqualTo(7);
		assertThat(ContactStandard.intervalDays(POLICY, "B1", START, START.plusWeeks(13))).isEqualTo(14);
		assertThat(ContactStandard.intervalDays(POLICY, "C3", START, START)).isEqualTo(14);
		assertThat(ContactStandard.intervalDays(POLICY, "D0", START, START)).isEqualTo(28);
		// untiered cases are treated as tier C
		assertThat(ContactStandard.intervalDays(POLICY, null, START, START)).isEqualTo(14);
	}

	@Test
	void aCaseBecomesOverdueThenAtRiskThenLost() {
		LocalDate last = LocalDate.of(2026, 11, 2);
		assertThat(
				ContactStandard.standing(POLICY, "C1", START.minusMonths(3), false, last, last.plusDays(14)).status())
			.isEqualTo(Status.ON_TRACK);
		ContactStandard.Standing overdue = ContactStandard.standing(POLICY, "C1", START.minusMonths(3), false, last,
				last.plusDays(15));
		assertThat(overdue.status()).isEqualTo(Status.OVERDUE);
		assertThat(overdue.nextDue()).isEqualTo(last.plusDays(14));
		// beyond twice the interval: flagged to the team manager
		assertThat(
				ContactStandard.standing(POLICY, "C1", START.minusMonths(3), false, last, last.plusDays(29)).status())
			.isEqualTo(Status.AT_RISK);
		// measured from the contact that was due (issue 28): tier D's contact was due 28
		// days
		// after the last; at risk once overdue by more than 28 days, lost 8 weeks after
		// it
		// was due, so the case is at risk before it is lost
		assertThat(
				ContactStandard.standing(POLICY, "D1", START.minusMonths(3), false, last, last.plusDays(56)).status())
			.isEqualTo(Status.OVERDUE);
		assertThat(
				ContactStandard.standing(POLICY, "D1", START.minusMonths(3), false, last, last.plusDays(57)).status())
			.isEqualTo(Status.AT_RISK);
		assertThat(
				ContactStandard.standing(POLICY, "D1", START.minusMonths(3), false, last, last.plusDays(83)).status())
			.isEqualTo(Status.AT_RISK);
		// eight weeks past the due contact: lost, escalated to the area manager
		assertThat(
				ContactStandard.standing(POLICY, "D1", START.minusMonths(3), false, last, last.plusDays(84)).status())
			.isEqualTo(Status.LOST);
	}

	/**
	 * Every case passes through overdue and at risk before lost, day by day, whatever the
	 * provider's valid settings and the case's tier.
	 */
	@net.jqwik.api.Property
	void everyCasePassesThroughOverdueAndAtRiskBeforeLost(
			@net.jqwik.api.ForAll @net.jqwik.api.constraints.IntRange(min = 7, max = 28) int maximumGap,
			@net.jqwik.api.ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 28) int interval,
			@net.jqwik.api.ForAll @net.jqwik.api.constraints.IntRange(min = 8, max = 84) int lost,
			@net.jqwik.api.ForAll("tiers") String tier) {
		net.jqwik.api.Assume.that(interval <= maximumGap && lost > maximumGap);
		ContactStandard.Settings settings = new ContactStandard.Settings(5, 12, interval, interval, interval, interval,
				maximumGap, lost);
		assertThat(settings.problems()).isEmpty();
		LocalDate last = LocalDate.of(2026, 6, 1);
		java.util.List<Status> seen = new java.util.ArrayList<>();
		for (int day = 0; day <= 200; day++) {
			Status status = ContactStandard
				.standing(settings, tier, START.minusYears(1), false, last, last.plusDays(day))
				.status();
			if (seen.isEmpty() || seen.get(seen.size() - 1) != status) {
				seen.add(status);
			}
		}
		assertThat(seen).containsExactly(Status.ON_TRACK, Status.OVERDUE, Status.AT_RISK, Status.LOST);
	}

	@net.jqwik.api.Provide
	net.jqwik.api.Arbitrary<String> tiers() {
		return net.jqwik.api.Arbitraries.of("A3", "B2", "C1", "D0");
	}

	@Test
	void withoutAnyContactTheInductionIsWhatIsDue() {
		ContactStandard.Standing standing = ContactStandard.standing(POLICY, "B2", START, false, null,
				START.plusDays(3));
		assertThat(standing.inductionDue()).isTrue();
		assertThat(standing.nextDue()).isEqualTo(LocalDate.of(2026, 11, 9));
		assertThat(standing.status()).isEqualTo(Status.ON_TRACK);
		assertThat(ContactStandard.standing(POLICY, "B2", START, false, null, START.plusDays(8)).status())
			.isEqualTo(Status.OVERDUE);
	}

	@Test
	void rarCountsEachCalendarDayOnceAndWarnsWhenTheDaysCannotBeDelivered() {
		LocalDate today = LocalDate.of(2026, 11, 23);
		List<LocalDate> days = List.of(today.minusDays(10), today.minusDays(10), today.minusDays(3));
		RarCount.Progress progress = RarCount.progress(days, 20, today, today.plusWeeks(30));
		assertThat(progress.daysUsed()).isEqualTo(2);
		assertThat(progress.daysRemaining()).isEqualTo(18);
		assertThat(progress.atRisk()).isFalse();
		// 18 days left, 10 weeks to go at one day a week: at risk
		assertThat(RarCount.progress(days, 20, today, today.plusWeeks(10)).atRisk()).isTrue();
	}

	@Property
	void rarNeverCountsADayTwiceNorMoreThanOrdered(
			@ForAll @Size(max = 60) List<@IntRange(min = 0, max = 40) Integer> offsets,
			@ForAll @IntRange(min = 1, max = 60) int ordered) {
		LocalDate today = LocalDate.of(2026, 11, 23);
		List<LocalDate> days = new ArrayList<>();
		offsets.forEach(o -> days.add(today.minusDays(o)));
		RarCount.Progress progress = RarCount.progress(days, ordered, today, today.plusWeeks(20));
		assertThat(progress.daysUsed()).isEqualTo(Math.min(days.stream().distinct().count(), ordered));
		assertThat(progress.daysUsed() + progress.daysRemaining()).isEqualTo(ordered);
	}

	@Test
	void aCancelledOrRescheduledAppointmentNeverCountsAgainstThePerson() {
		for (Outcome outcome : Outcome.values()) {
			if (outcome.freesTheSlot()) {
				assertThat(outcome.enforceable()).isFalse();
				assertThat(outcome.attended()).isFalse();
			}
		}
		assertThat(Outcome.FAILED_TO_ATTEND_UNACCEPTABLE.enforceable()).isTrue();
		assertThat(Outcome.ATTENDED_FAILED_TO_COMPLY.enforceable()).isTrue();
		assertThat(Outcome.FAILED_TO_ATTEND_ACCEPTABLE.enforceable()).isFalse();
		assertThat(ContactType.TELEPHONE.counts()).isFalse();
		assertThat(ContactType.HOME_VISIT.counts()).isTrue();
	}

}
