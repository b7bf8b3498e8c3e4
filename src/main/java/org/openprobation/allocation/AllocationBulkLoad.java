package org.openprobation.allocation;

import java.time.LocalDate;

/**
 * Demo data for allocation: cases that arrived recently and still wait for an officer.
 */
public interface AllocationBulkLoad {

	/**
	 * Takes up to {@code perTeam} of each team's newest cases (sentence or licence begun
	 * within the last two weeks, never supervised before) out of their officer's caseload
	 * and into the team's queue; answers how many were queued.
	 */
	int queueRecentCases(int perTeam, LocalDate asOf);

}
