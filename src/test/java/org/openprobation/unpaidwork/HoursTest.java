package org.openprobation.unpaidwork;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.openprobation.shared.FieldProblem;
import org.openprobation.unpaidwork.domain.HoursCredit;
import org.openprobation.unpaidwork.domain.HoursProgress;

import static org.assertj.core.api.Assertions.assertThat;

/** Hours credited at a session, and progress against the 12-month deadline. */
class HoursTest {

	static final LocalTime NINE = LocalTime.of(9, 0);

	static final LocalTime FOUR = LocalTime.of(16, 0);

	@Test
	void hoursAreCreditedFromArrivalToDepartureLessBreaks() {
		assertThat(HoursCredit.attended(NINE, FOUR, LocalTime.of(9, 10), LocalTime.of(15, 40), 30).minutes())
			.isEqualTo(360);
		assertThat(HoursCredit.attended(NINE, FOUR, NINE, FOUR, null).minutes()).isEqualTo(420);
	}

	@Test
	void timesOutsideTheSessionAndNegativeBreaksAreRefused() {
		assertThat(HoursCredit.attended(NINE, FOUR, LocalTime.of(8, 30), FOUR, 30).problems())
			.extracting(FieldProblem::field)
			.containsExactly("arrived");
		assertThat(HoursCredit.attended(NINE, FOUR, NINE, LocalTime.of(17, 0), 30).problems())
			.extracting(FieldProblem::field)
			.containsExactly("left");
		assertThat(HoursCredit.attended(NINE, FOUR, LocalTime.of(12, 0), LocalTime.of(11, 0), 0).problems())
			.extracting(FieldProblem::message)
			.containsExactly("The departure must be after the arrival");
		assertThat(HoursCredit.attended(NINE, FOUR, NINE, FOUR, -10).problems()).extracting(FieldProblem::field)
			.containsExactly("breakMinutes");
		assertThat(HoursCredit.attended(NINE, FOUR, NINE, LocalTime.of(9, 20), 30).problems())
			.extracting(FieldProblem::field)
			.containsExactly("breakMinutes");
	}

	@Test
	void aStandDownIsCreditedOneHourByPolicy() {
		assertThat(HoursCredit.Settings.defaults().standDownMinutes()).isEqualTo(60);
	}

	@Test
	void completionIsProjectedAtTheRateOfTheLastEightWeeks() {
		LocalDate start = LocalDate.of(2026, 6, 1);
		LocalDate today = LocalDate.of(2026, 11, 23);
		Map<LocalDate, Integer> credited = new HashMap<>();
		// one 6-hour session a week for the last 8 weeks: 48 hours, plus 30 done before
		for (int w = 1; w <= 8; w++) {
			credited.put(today.minusWeeks(w), 360);
		}
		HoursProgress.Progress progress = HoursProgress.of(150, 30 * 60, credited, start, today);
		assertThat(progress.hoursCompleted()).isEqualTo(78.0);
		assertThat(progress.hoursRemaining()).isEqualTo(72.0);
		assertThat(progress.deadline()).isEqualTo(LocalDate.of(2027, 6, 1));
		// 72 hours at 6 hours a week: 12 weeks
		assertThat(progress.projectedCompletion()).isEqualTo(today.plusWeeks(12));
		assertThat(progress.onTrack()).isTrue();

		HoursProgress.Progress slow = HoursProgress.of(300, 30 * 60, credited, start, today);
		// 222 hours at 6 a week: 37 weeks, after the deadline
		assertThat(slow.projectedCompletion()).isEqualTo(today.plusWeeks(37));
		assertThat(slow.onTrack()).isFalse();

		HoursProgress.Progress idle = HoursProgress.of(100, 600, Map.of(), start, today);
		assertThat(idle.projectedCompletion()).isNull();
		assertThat(idle.onTrack()).isFalse();
	}

	@Property
	void creditNeverExceedsTheSessionNorGoesNegative(@ForAll @IntRange(min = 0, max = 480) int arrive,
			@ForAll @IntRange(min = 0, max = 480) int leave, @ForAll @IntRange(min = -30, max = 120) int breaks) {
		LocalTime start = LocalTime.of(9, 0);
		LocalTime end = LocalTime.of(16, 0);
		HoursCredit.Result result = HoursCredit.attended(start, end, start.plusMinutes(arrive),
				start.plusMinutes(leave), breaks);
		if (result.ok()) {
			assertThat(result.minutes()).isPositive().isLessThanOrEqualTo(420);
			assertThat(result.minutes()).isEqualTo(leave - arrive - breaks);
		}
		else {
			assertThat(result.minutes()).isZero();
		}
	}

	@Property
	void completedAndRemainingMakeTheHoursOrdered(@ForAll @IntRange(min = 40, max = 300) int ordered,
			@ForAll @IntRange(min = 0, max = 18_000) int before) {
		HoursProgress.Progress p = HoursProgress.of(ordered, before, Map.of(), LocalDate.of(2026, 1, 1),
				LocalDate.of(2026, 6, 1));
		assertThat(p.minutesCompleted() + p.minutesRemaining()).isEqualTo(Math.max(ordered * 60, before));
	}

}
