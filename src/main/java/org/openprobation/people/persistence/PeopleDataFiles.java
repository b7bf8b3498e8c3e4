package org.openprobation.people.persistence;

import java.util.List;

import org.openprobation.shared.ProviderDataFiles;

import org.springframework.stereotype.Component;

/**
 * The people's part of a provider's export: each person, their addresses, other names and
 * officers.
 */
@Component
class PeopleDataFiles implements ProviderDataFiles {

	@Override
	public List<DataFile> files() {
		return List.of(
				new DataFile("person.csv", 200,
						"select t.* from people.person t where t.id in " + PEOPLE + " order by t.id"),
				new DataFile("address.csv", 210,
						"select t.* from people.address t where t.person_id in " + PEOPLE + " order by t.id"),
				new DataFile("alias.csv", 220,
						"select t.* from people.alias t where t.person_id in " + PEOPLE + " order by t.id"),
				new DataFile("responsible_officer.csv", 230,
						"select t.* from people.responsible_officer t where t.person_id in " + PEOPLE
								+ " order by t.id"),
				new DataFile("not_duplicate.csv", 240,
						"select t.* from people.not_duplicate t where t.person_id in " + PEOPLE
								+ " order by t.person_id, t.other_person_id"),
				new DataFile("record_change.csv", 250,
						"select t.* from people.record_change t where t.person_id in " + PEOPLE + " order by t.id"));
	}

}
