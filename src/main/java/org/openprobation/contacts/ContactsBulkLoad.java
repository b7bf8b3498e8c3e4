package org.openprobation.contacts;

import java.time.LocalDate;

/** Demo data for contacts: a year of contact history for every case under supervision. */
public interface ContactsBulkLoad {

	/**
	 * Generates each supervised case's contacts for the year before {@code asOf} and the
	 * fortnight after, deterministically from the seed, at the inspected rates; answers
	 * how many were made.
	 */
	long generateHistory(LocalDate asOf, long seed);

}
