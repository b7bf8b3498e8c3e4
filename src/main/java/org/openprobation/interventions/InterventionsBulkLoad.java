package org.openprobation.interventions;

/** Demo data: the directory of interventions for every area of every provider. */
public interface InterventionsBulkLoad {

	/** Answers how many services were listed. */
	int generateDirectory(long seed);

	/**
	 * A year of referrals from the cases to the services covering their borough (after
	 * the contact history). Answers how many were made.
	 */
	int generateReferrals(java.time.LocalDate asOf, long seed);

}
