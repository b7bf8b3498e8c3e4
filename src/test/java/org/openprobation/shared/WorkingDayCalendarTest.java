package org.openprobation.shared;

import java.time.LocalDate;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WorkingDayCalendarTest {

	@Test
	void bankHolidaysOf2026() {
		assertThat(WorkingDayCalendar.bankHolidays(2026)).containsExactlyInAnyOrder(LocalDate.of(2026, 1, 1),
				LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 6), LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 25),
				LocalDate.of(2026, 8, 31), LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 28));
	}

	@Test
	void substituteDaysAndOneOffs() {
		// 2021: Christmas on Saturday, Boxing Day on Sunday
		assertThat(WorkingDayCalendar.bankHolidays(2021)).contains(LocalDate.of(2021, 12, 27),
				LocalDate.of(2021, 12, 28));
		// 2022: the Platinum Jubilee and the State Funeral; Christmas on Sunday
		assertThat(WorkingDayCalendar.bankHolidays(2022)).contains(LocalDate.of(2022, 6, 2), LocalDate.of(2022, 6, 3),
				LocalDate.of(2022, 9, 19), LocalDate.of(2022, 12, 26), LocalDate.of(2022, 12, 27));
		assertThat(WorkingDayCalendar.bankHolidays(2023)).contains(LocalDate.of(2023, 5, 8));
		assertThat(WorkingDayCalendar.easterSunday(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
	}

	@Test
	void tenWorkingDaysSkipWeekendsAndHolidays() {
		// From Friday 18 December 2026: 21-24 Dec (4), 29-31 Dec (7); 1 January 2027 is a
		// bank holiday; 4-6 Jan (10)
		assertThat(WorkingDayCalendar.plusWorkingDays(LocalDate.of(2026, 12, 18), 10))
			.isEqualTo(LocalDate.of(2027, 1, 6));
		assertThat(WorkingDayCalendar.workingDaysBetween(LocalDate.of(2026, 12, 18), LocalDate.of(2027, 1, 6)))
			.isEqualTo(10);
	}

	@Property
	void workingDaysBetweenCountsEachWorkingDayAfterTheFirstDateUpToTheSecond(
			@ForAll @IntRange(min = -20000, max = 30000) int offset,
			@ForAll @IntRange(min = -30, max = 1500) int span) {
		LocalDate from = LocalDate.of(1990, 1, 1).plusDays(offset);
		LocalDate to = from.plusDays(span);
		int dayByDay = 0;
		for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
			if (WorkingDayCalendar.isWorkingDay(d)) {
				dayByDay++;
			}
		}
		assertThat(WorkingDayCalendar.workingDaysBetween(from, to)).isEqualTo(dayByDay);
	}

	@Test
	void workingDaysOverAYearAndAcrossTheEpoch() {
		// 2026: 261 weekdays less 8 bank holidays
		assertThat(WorkingDayCalendar.workingDaysBetween(LocalDate.of(2025, 12, 31), LocalDate.of(2026, 12, 31)))
			.isEqualTo(253);
		// Friday 2 January 1970 to Monday 5 January 1970: the Monday alone
		assertThat(WorkingDayCalendar.workingDaysBetween(LocalDate.of(1970, 1, 2), LocalDate.of(1970, 1, 5)))
			.isEqualTo(1);
		// Wednesday 24 December 1969 to Friday 2 January 1970: 29, 30, 31 December, 2
		// January
		assertThat(WorkingDayCalendar.workingDaysBetween(LocalDate.of(1969, 12, 24), LocalDate.of(1970, 1, 2)))
			.isEqualTo(4);
		assertThat(WorkingDayCalendar.workingDaysBetween(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2))).isZero();
	}

	@Property
	void addingThenCountingWorkingDaysGivesTheSameNumber(@ForAll @IntRange(min = 0, max = 3000) int offset,
			@ForAll @IntRange(min = 0, max = 60) int days) {
		LocalDate from = LocalDate.of(2018, 1, 1).plusDays(offset);
		LocalDate to = WorkingDayCalendar.plusWorkingDays(from, days);
		assertThat(WorkingDayCalendar.workingDaysBetween(from, to)).isEqualTo(days);
		assertThat(days == 0 || WorkingDayCalendar.isWorkingDay(to)).isTrue();
	}

}
