package org.openprobation.organisation.persistence;

import java.util.List;

import org.openprobation.shared.ProviderDataFiles;

import org.springframework.stereotype.Component;

/**
 * The organisation's part of a provider's export: its units and staff, with their
 * records.
 */
@Component
class OrganisationDataFiles implements ProviderDataFiles {

	private static final String AREAS = "(select id from organisation.area where provider_id = :provider)";

	private static final String BOROUGHS = "(select id from organisation.borough where area_id in " + AREAS + ")";

	private static final String OFFICES = "(select id from organisation.office where borough_id in " + BOROUGHS + ")";

	private static final String TEAMS = "(select id from organisation.team where office_id in " + OFFICES + ")";

	private static final String STAFF = "(select id from organisation.staff where office_id in " + OFFICES + ")";

	@Override
	public List<DataFile> files() {
		return List.of(
				new DataFile("provider.csv", 100, "select t.* from organisation.provider t where t.id = :provider"),
				new DataFile("area.csv", 110,
						"select t.* from organisation.area t where t.provider_id = :provider order by t.id"),
				new DataFile("borough.csv", 120,
						"select t.* from organisation.borough t where t.id in " + BOROUGHS + " order by t.id"),
				new DataFile("office.csv", 130,
						"select t.* from organisation.office t where t.id in " + OFFICES + " order by t.id"),
				new DataFile("office_borough.csv", 135,
						"select t.* from organisation.office_borough t where t.office_id in " + OFFICES
								+ " order by t.office_id, t.borough_id"),
				new DataFile("team.csv", 140,
						"select t.* from organisation.team t where t.id in " + TEAMS + " order by t.id"),
				new DataFile("establishment.csv", 145,
						"select t.* from organisation.establishment t where t.team_id in " + TEAMS
								+ " order by t.team_id, t.grade"),
				new DataFile("staff.csv", 150,
						"select t.* from organisation.staff t where t.id in " + STAFF + " order by t.id"),
				new DataFile("staff_move.csv", 155,
						"select t.* from organisation.staff_move t where t.staff_id in " + STAFF + " order by t.id"),
				new DataFile("training_record.csv", 160,
						"select t.* from organisation.training_record t where t.staff_id in " + STAFF
								+ " order by t.id"),
				new DataFile("performance_plan.csv", 165,
						"select t.* from organisation.performance_plan t where t.staff_id in " + STAFF
								+ " order by t.id"));
	}

}
