package org.openprobation.unpaidwork.domain;

import java.time.LocalDate;

import org.openprobation.shared.WorkingDayCalendar;

/**
 * supervision.md, "Unpaid work": induction before the first session, and the first
 * session within 10 working days of the order (policy).
 */
public final class FirstSession {

	public record Settings(int workingDays) {

		public static Settings defaults() {
			return new Settings(10);
		}

	}

	private FirstSession() {
	}

	/**
	 * The last day for the induction and the first session of an order made on this day.
	 */
	public static LocalDate dueBy(LocalDate orderStart, Settings settings) {
		return WorkingDayCalendar.plusWorkingDays(orderStart, settings.workingDays());
	}

}
