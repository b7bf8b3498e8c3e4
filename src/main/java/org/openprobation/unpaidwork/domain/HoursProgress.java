package org.openprobation.unpaidwork.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Progress on an unpaid work requirement: hours ordered, completed and remaining, the
 * 12-month deadline from the start, and the date of completion projected at the rate of
 * the last 8 weeks (or since the start, if sooner); off track when that date is after the
 * deadline, or when no hours are being worked.
 */
public final class HoursProgress {

	public static final int RATE_WEEKS = 8;

	private HoursProgress() {
	}

	public record Progress(int minutesOrdered, int minutesCompleted, LocalDate deadline,
			@Nullable LocalDate projectedCompletion, boolean onTrack) {

		public int minutesRemaining() {
			return Math.max(0, minutesOrdered - minutesCompleted);
		}

		public double hoursOrdered() {
			return minutesOrdered / 60.0;
		}

		public double hoursCompleted() {
			return Math.floor(minutesCompleted / 60.0 * 10) / 10;
		}

		public double hoursRemaining() {
			return Math.ceil(minutesRemaining() / 60.0 * 10) / 10;
		}

		public boolean complete() {
			return minutesCompleted >= minutesOrdered;
		}

	}

	/**
	 * @param creditedByDay minutes credited on each day (in the register), for the rate
	 * @param minutesBefore minutes completed before the register (recorded on the
	 * requirement)
	 */
	public static Progress of(int hoursOrdered, int minutesBefore, Map<LocalDate, Integer> creditedByDay,
			LocalDate start, LocalDate today) {
		int ordered = hoursOrdered * 60;
		int completed = minutesBefore + creditedByDay.values().stream().mapToInt(Integer::intValue).sum();
		LocalDate deadline = start.plusMonths(12);
		if (completed >= ordered) {
			LocalDate last = creditedByDay.keySet().stream().max(LocalDate::compareTo).orElse(today);
			return new Progress(ordered, completed, deadline, last, true);
		}
		LocalDate from = start.isAfter(today.minusWeeks(RATE_WEEKS)) ? start : today.minusWeeks(RATE_WEEKS);
		long days = Math.max(7, ChronoUnit.DAYS.between(from, today));
		int recent = creditedByDay.entrySet()
			.stream()
			.filter(e -> !e.getKey().isBefore(from) && !e.getKey().isAfter(today))
			.mapToInt(Map.Entry::getValue)
			.sum();
		if (recent == 0) {
			return new Progress(ordered, completed, deadline, null, false);
		}
		double perDay = recent / (double) days;
		LocalDate projected = today.plusDays((long) Math.ceil((ordered - completed) / perDay));
		return new Progress(ordered, completed, deadline, projected, !projected.isAfter(deadline));
	}

}
