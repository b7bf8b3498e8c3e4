package org.openprobation.enforcement.domain;

import java.time.LocalDate;

import org.openprobation.shared.WorkingDayCalendar;

/**
 * A breach or recall is on time when it is submitted within 10 working days of the
 * failure (policy, supervision.md).
 */
public final class BreachTimeliness {

	public static final int WORKING_DAYS = 10;

	private BreachTimeliness() {
	}

	public static int workingDaysToSubmit(LocalDate failureOn, LocalDate submittedOn) {
		return WorkingDayCalendar.workingDaysBetween(failureOn, submittedOn);
	}

	public static boolean onTime(LocalDate failureOn, LocalDate submittedOn) {
		return !submittedOn.isAfter(WorkingDayCalendar.plusWorkingDays(failureOn, WORKING_DAYS));
	}

}
