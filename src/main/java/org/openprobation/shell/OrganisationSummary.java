package org.openprobation.shell;

/** The size of the organisation a user can see, as the API reports it. */
public record OrganisationSummary(long providers, long areas, long boroughs, long offices, long teams,
		long practitioners, long peopleUnderSupervision) {
}
