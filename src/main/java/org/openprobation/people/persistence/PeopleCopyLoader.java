package org.openprobation.people.persistence;

import javax.sql.DataSource;

import org.openprobation.people.PeopleBulkLoad;
import org.openprobation.shared.BulkCopy;
import org.openprobation.shared.CopyRows;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Component
class PeopleCopyLoader implements PeopleBulkLoad {

	private final DataSource dataSource;

	PeopleCopyLoader(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void load(Batch batch) {
		CopyRows people = new CopyRows();
		batch.people()
			.forEach(p -> people.add(p.id())
				.add(p.crn())
				.add(p.forename())
				.add(p.middleNames())
				.add(p.surname())
				.add(p.dateOfBirth())
				.add(p.gender().name())
				.add(p.ethnicity().name())
				.add(p.disability())
				.add(p.religion())
				.add(p.nationality())
				.add(p.foreignNational())
				.add(p.pnc())
				.add(p.phone())
				.add(p.email())
				.add(p.providerId())
				.endRow());
		BulkCopy.into(dataSource, "people.person (id, crn, forename, middle_names, surname, date_of_birth, gender, "
				+ "ethnicity, disability, religion, nationality, foreign_national, pnc, phone, email, provider_id)",
				people);

		CopyRows aliases = new CopyRows();
		batch.aliases()
			.forEach(a -> aliases.add(a.personId()).add(a.forename()).add(a.surname()).add(a.dateOfBirth()).endRow());
		BulkCopy.into(dataSource, "people.alias (person_id, forename, surname, date_of_birth)", aliases);

		CopyRows addresses = new CopyRows();
		batch.addresses()
			.forEach(a -> addresses.add(a.personId())
				.add(a.line1())
				.add(a.line2())
				.add(a.town())
				.add(a.postcode())
				.add(a.boroughId())
				.add(a.fromDate())
				.add(a.toDate())
				.endRow());
		BulkCopy.into(dataSource,
				"people.address (person_id, line1, line2, town, postcode, borough_id, from_date, to_date)", addresses);

		CopyRows officers = new CopyRows();
		batch.responsibleOfficers()
			.forEach(o -> officers.add(o.personId())
				.add(o.staffId())
				.add(o.fromDate())
				.add(o.toDate())
				.add(o.reason())
				.endRow());
		BulkCopy.into(dataSource, "people.responsible_officer (person_id, staff_id, from_date, to_date, reason)",
				officers);
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void finish() {
		for (String table : new String[] { "people.person", "people.alias", "people.address",
				"people.responsible_officer" }) {
			BulkCopy.resetIdentity(dataSource, table);
		}
	}

}
