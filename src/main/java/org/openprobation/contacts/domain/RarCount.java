package org.openprobation.contacts.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

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
		Set<LocalDate> distinct = new HashSet<>(attendedRarDays);
		int used = Math.min(distinct.size(), daysOrdered);
		int remaining = daysOrdered - used;
		long weeksLeft = today.isAfter(ends) ? 0 : ChronoUnit.DAYS.between(today, ends) / 7 + 1;
		return new Progress(used, daysOrdered, remaining, remaining > weeksLeft);
	}

}
