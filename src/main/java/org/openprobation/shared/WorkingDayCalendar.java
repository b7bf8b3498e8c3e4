package org.openprobation.shared;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Working days in England and Wales: Monday to Friday except bank holidays, which follow
 * their rules (substitute days when a holiday falls at a weekend, Easter computed) and
 * the one-off changes of recent years.
 */
public final class WorkingDayCalendar {

	private static final Map<Integer, Set<LocalDate>> HOLIDAYS = new ConcurrentHashMap<>();

	private WorkingDayCalendar() {
	}

	public static boolean isWorkingDay(LocalDate date) {
		DayOfWeek day = date.getDayOfWeek();
		return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !bankHolidays(date.getYear()).contains(date);
	}

	/**
	 * The date {@code days} working days after {@code from} (not counting {@code from}
	 * itself).
	 */
	public static LocalDate plusWorkingDays(LocalDate from, int days) {
		LocalDate date = from;
		int counted = 0;
		while (counted < days) {
			date = date.plusDays(1);
			if (isWorkingDay(date)) {
				counted++;
			}
		}
		return date;
	}

	/**
	 * Working days after {@code from} up to and including {@code to}; 0 when {@code to}
	 * is not after it.
	 */
	public static int workingDaysBetween(LocalDate from, LocalDate to) {
		if (!to.isAfter(from)) {
			return 0;
		}
		// weekdays by arithmetic, less the bank holidays among them: the dashboards
		// count the days waited by every safeguarding request, some a year old, and
		// counting them day by day was most of that work
		long days = weekdaysBefore(to.toEpochDay() + 1) - weekdaysBefore(from.toEpochDay() + 1);
		for (int year = from.getYear(); year <= to.getYear(); year++) {
			for (LocalDate holiday : bankHolidays(year)) {
				DayOfWeek day = holiday.getDayOfWeek();
				if (holiday.isAfter(from) && !holiday.isAfter(to) && day != DayOfWeek.SATURDAY
						&& day != DayOfWeek.SUNDAY) {
					days--;
				}
			}
		}
		return Math.toIntExact(days);
	}

	/**
	 * Weekdays from Monday 29 December 1969 up to, not including, the given epoch day.
	 */
	private static long weekdaysBefore(long epochDay) {
		long sinceMonday = epochDay + 3;
		return Math.floorDiv(sinceMonday, 7) * 5 + Math.min(Math.floorMod(sinceMonday, 7), 5);
	}

	public static Set<LocalDate> bankHolidays(int year) {
		return HOLIDAYS.computeIfAbsent(year, WorkingDayCalendar::compute);
	}

	private static Set<LocalDate> compute(int year) {
		Set<LocalDate> days = new HashSet<>();
		days.add(weekdayOnOrAfter(LocalDate.of(year, 1, 1)));
		LocalDate easter = easterSunday(year);
		days.add(easter.minusDays(2));
		days.add(easter.plusDays(1));
		LocalDate earlyMay = LocalDate.of(year, 5, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
		days.add(year == 2020 ? LocalDate.of(2020, 5, 8) : year == 1995 ? LocalDate.of(1995, 5, 8) : earlyMay);
		LocalDate spring = LocalDate.of(year, 5, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY));
		switch (year) {
			case 2002 -> days.addAll(Set.of(LocalDate.of(2002, 6, 3), LocalDate.of(2002, 6, 4)));
			case 2012 -> days.addAll(Set.of(LocalDate.of(2012, 6, 4), LocalDate.of(2012, 6, 5)));
			case 2022 -> days.addAll(Set.of(LocalDate.of(2022, 6, 2), LocalDate.of(2022, 6, 3)));
			default -> days.add(spring);
		}
		days.add(LocalDate.of(year, 8, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
		LocalDate christmas = LocalDate.of(year, Month.DECEMBER, 25);
		switch (christmas.getDayOfWeek()) {
			case FRIDAY -> days.addAll(Set.of(christmas, LocalDate.of(year, 12, 28)));
			case SATURDAY -> days.addAll(Set.of(LocalDate.of(year, 12, 27), LocalDate.of(year, 12, 28)));
			case SUNDAY -> days.addAll(Set.of(LocalDate.of(year, 12, 26), LocalDate.of(year, 12, 27)));
			default -> days.addAll(Set.of(christmas, LocalDate.of(year, 12, 26)));
		}
		// One-off bank holidays
		for (LocalDate oneOff : new LocalDate[] { LocalDate.of(1999, 12, 31), LocalDate.of(2011, 4, 29),
				LocalDate.of(2022, 9, 19), LocalDate.of(2023, 5, 8) }) {
			if (oneOff.getYear() == year) {
				days.add(oneOff);
			}
		}
		return Set.copyOf(days);
	}

	private static LocalDate weekdayOnOrAfter(LocalDate date) {
		return switch (date.getDayOfWeek()) {
			case SATURDAY -> date.plusDays(2);
			case SUNDAY -> date.plusDays(1);
			default -> date;
		};
	}

	/** Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm). */
	static LocalDate easterSunday(int year) {
		int a = year % 19;
		int b = year / 100;
		int c = year % 100;
		int d = b / 4;
		int e = b % 4;
		int f = (b + 8) / 25;
		int g = (b - f + 1) / 3;
		int h = (19 * a + b - d - g + 15) % 30;
		int i = c / 4;
		int k = c % 4;
		int l = (32 + 2 * e + 2 * i - h - k) % 7;
		int m = (a + 11 * h + 22 * l) / 451;
		int month = (h + l - 7 * m + 114) / 31;
		int day = ((h + l - 7 * m + 114) % 31) + 1;
		return LocalDate.of(year, month, day);
	}

}
