package org.openprobation.allocation.domain;

import java.time.LocalDate;

import org.openprobation.shared.WorkingDayCalendar;

/**
 * When the NPS must decide a CRC's request to take a case ({@code assessment.md},
 * Allocation to the NPS or a CRC: accept or reject with reasons within 5 working days).
 *
 * @param workingDays policy (provider settings): working days from the request
 */
public record NpsDecision(int workingDays) {

	public static NpsDecision defaults() {
		return new NpsDecision(5);
	}

	/** The last day for the decision on a request made on this day. */
	public LocalDate dueBy(LocalDate requestedOn) {
		return WorkingDayCalendar.plusWorkingDays(requestedOn, workingDays);
	}

}
