package org.openprobation.contacts.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashSet;

/**
 * Rehabilitation activity requirement days: each calendar day with a purposeful activity
 * attended counts once, whoever delivered it; the remaining days are at risk when they
 * cannot be delivered before the order ends at one day a week.
 */
public final class RarCount {

	private RarCount() {
	}

	public record Progress(int daysUsed, int daysOrdered, int daysRemaining, boolean atRisk) {
	}

	public static Progress progress(Collection<LocalDate> attendedRarDays, int daysOrdered, LocalDate today,
			LocalDate ends) {
		return progress(new HashSet<>(attendedRarDays).size(), daysOrdered, today, ends);
	}

	/** Progress from the number of distinct days already counted. */
	public static Progress progress(int distinctDaysAttended, int daysOrdered, LocalDate today, LocalDate ends) {
		int used = Math.min(distinctDaysAttended, daysOrdered);
		int remaining = daysOrdered - used;
		long weeksLeft = today.isAfter(ends) ? 0 : ChronoUnit.DAYS.between(today, ends) / 7 + 1;
		return new Progress(used, daysOrdered, remaining, remaining > weeksLeft);
	}

}
