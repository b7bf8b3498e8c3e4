package org.openprobation.unpaidwork;

import java.time.LocalDate;

/** Demo data: projects, sessions, bookings and the register of the last weeks. */
public interface UnpaidWorkBulkLoad {

	/** Answers how many bookings were made (after the contact history and tiers). */
	int generate(LocalDate asOf, long seed);

}
