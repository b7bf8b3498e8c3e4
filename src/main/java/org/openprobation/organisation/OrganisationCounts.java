package org.openprobation.organisation;

/** How big the organisation is: the structure and the practitioners in post. */
public record OrganisationCounts(long providers, long areas, long boroughs, long offices, long teams,
		long practitioners) {
}
