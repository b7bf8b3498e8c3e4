package org.openprobation.enforcement.domain;

import java.time.LocalDate;

import org.openprobation.shared.WorkingDayCalendar;

/**
 * A breach or recall is on time when it is submitted within the provider's breach
 * timescale of the failure (policy, default 10 working days, supervision.md).
 */
public final class BreachTimeliness {

	private BreachTimeliness() {
	}

	public static int workingDaysToSubmit(LocalDate failureOn, LocalDate submittedOn) {
		return WorkingDayCalendar.workingDaysBetween(failureOn, submittedOn);
	}

	public static boolean onTime(LocalDate failureOn, LocalDate submittedOn, EnforcementRule.Timescales timescales) {
		return !submittedOn.isAfter(WorkingDayCalendar.plusWorkingDays(failureOn, timescales.breachWorkingDays()));
	}

}
