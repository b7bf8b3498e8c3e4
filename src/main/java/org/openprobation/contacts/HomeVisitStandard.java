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

	public static final int WORKING_DAYS = 10;

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
		boolean afterReview = lastReview != null && lastReview.isAfter(supervisionStart) && !lastReview.isAfter(today);
		LocalDate from = afterReview ? lastReview : supervisionStart;
		if (lastHomeVisit != null && !lastHomeVisit.isBefore(from)) {
			return null;
		}
		LocalDate due = WorkingDayCalendar.plusWorkingDays(from, WORKING_DAYS);
		return new Due(due, due.isBefore(today), afterReview ? "After the plan review on " + from.format(DAY)
				: "Within 10 working days of the start on " + from.format(DAY));
	}

}
