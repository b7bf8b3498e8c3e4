package org.openprobation.unpaidwork;

import java.time.LocalDate;

/** Demo data: projects, sessions, bookings and the register of the last weeks. */
public interface UnpaidWorkBulkLoad {

	/** Answers how many bookings were made (after the contact history and tiers). */
	int generate(LocalDate asOf, long seed);

	/**
	 * Once contacts has recorded each booking as a contact: links them, and adds the
	 * calls, texts and site problems the team logged.
	 */
	void generateMessages(LocalDate asOf, long seed);

}
