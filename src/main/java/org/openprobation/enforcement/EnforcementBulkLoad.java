package org.openprobation.enforcement;

import java.time.LocalDate;

/**
 * Demo data for enforcement: the warnings, breaches and recalls taken on the demo's
 * failures.
 */
public interface EnforcementBulkLoad {

	/**
	 * Acts on most past enforceable failures as the inspection found; answers how many
	 * actions.
	 */
	long generateHistory(LocalDate asOf, long seed);

}
