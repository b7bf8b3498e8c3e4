package org.openprobation.organisation;

import java.util.List;

/**
 * One level of the hierarchy with what sits below it, for the organisation page: a
 * provider, area, borough, office or team, with its practitioner count.
 */
public record OrganisationUnit(long id, String code, String name, Level level, long practitioners,
		List<OrganisationUnit> children) {

	public enum Level {

		PROVIDER, AREA, BOROUGH, OFFICE, TEAM

	}

}
