package org.openprobation.contacts;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.jspecify.annotations.Nullable;
import org.openprobation.shared.WorkingDayCalendar;

/**
 * Home visits where there are child safeguarding or domestic abuse concerns (policy,
 * supervision.md): one within 10 working days of the start of supervision, and again
 * after each review of the plan. Inspectors found only 32% of needed home visits
 * recorded.
 */
public final class HomeVisitStandard {

	/**
	 * Policy (provider settings): working days from the start, or a review, to the visit.
	 */
	public record Settings(int workingDays) {

		public static Settings defaults() {
			return new Settings(10);
		}

	}

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");

	private HomeVisitStandard() {
	}

	/** A home visit due, and why. */
	public record Due(LocalDate due, boolean overdue, String reason) {
	}

	/**
	 * The home visit due now, or null when the last one was made since the start or the
	 * latest review.
	 */
	public static @Nullable Due due(LocalDate supervisionStart, @Nullable LocalDate lastReview,
			@Nullable LocalDate lastHomeVisit, LocalDate today) {
		return due(supervisionStart, lastReview, lastHomeVisit, today, Settings.defaults());
	}

	/**
	 * As {@link #due(LocalDate, LocalDate, LocalDate, LocalDate)}, by the provider's
	 * policy.
	 */
	public static @Nullable Due due(LocalDate supervisionStart, @Nullable LocalDate lastReview,
			@Nullable LocalDate lastHomeVisit, LocalDate today, Settings settings) {
		boolean afterReview = lastReview != null && lastReview.isAfter(supervisionStart) && !lastReview.isAfter(today);
		LocalDate from = afterReview ? lastReview : supervisionStart;
		if (lastHomeVisit != null && !lastHomeVisit.isBefore(from)) {
			return null;
		}
		LocalDate due = WorkingDayCalendar.plusWorkingDays(from, settings.workingDays());
		return new Due(due, due.isBefore(today), afterReview ? "After the plan review on " + from.format(DAY)
				: "Within " + settings.workingDays() + " working days of the start on " + from.format(DAY));
	}

}
