package org.openprobation.organisation.persistence;

import javax.sql.DataSource;

import org.openprobation.organisation.OrganisationBulkLoad;
import org.openprobation.shared.BulkCopy;
import org.openprobation.shared.CopyRows;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Component
class OrganisationCopyLoader implements OrganisationBulkLoad {

	private final DataSource dataSource;

	OrganisationCopyLoader(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void load(Snapshot s) {
		CopyRows providers = new CopyRows();
		s.providers().forEach(p -> providers.add(p.id()).add(p.code()).add(p.name()).add(p.type().name()).endRow());
		BulkCopy.into(dataSource, "organisation.provider (id, code, name, type)", providers);

		CopyRows areas = new CopyRows();
		s.areas().forEach(a -> areas.add(a.id()).add(a.providerId()).add(a.code()).add(a.name()).endRow());
		BulkCopy.into(dataSource, "organisation.area (id, provider_id, code, name)", areas);

		CopyRows boroughs = new CopyRows();
		s.boroughs()
			.forEach(b -> boroughs.add(b.id())
				.add(b.areaId())
				.add(b.code())
				.add(b.name())
				.add(b.innerLondon())
				.endRow());
		BulkCopy.into(dataSource, "organisation.borough (id, area_id, code, name, inner_london)", boroughs);

		CopyRows offices = new CopyRows();
		s.offices()
			.forEach(o -> offices.add(o.id()).add(o.boroughId()).add(o.code()).add(o.name()).add(o.address()).endRow());
		BulkCopy.into(dataSource, "organisation.office (id, borough_id, code, name, address)", offices);

		CopyRows coverage = new CopyRows();
		s.coverage().forEach(c -> coverage.add(c.officeId()).add(c.boroughId()).endRow());
		BulkCopy.into(dataSource, "organisation.office_borough (office_id, borough_id)", coverage);

		CopyRows teams = new CopyRows();
		s.teams().forEach(t -> teams.add(t.id()).add(t.officeId()).add(t.code()).add(t.name()).endRow());
		BulkCopy.into(dataSource, "organisation.team (id, office_id, code, name)", teams);

		CopyRows staff = new CopyRows();
		s.staff()
			.forEach(m -> staff.add(m.id())
				.add(m.code())
				.add(m.forename())
				.add(m.surname())
				.add(m.grade().name())
				.add(m.officeId())
				.add(m.teamId())
				.add(m.contractedHours())
				.add(m.agency() ? "AGENCY" : "EMPLOYED")
				.add(m.specialistRole() == null ? null : m.specialistRole().name())
				.add(m.startDate())
				.add(m.contractEndsOn())
				.endRow());
		BulkCopy.into(dataSource, "organisation.staff (id, code, forename, surname, grade, office_id, team_id, "
				+ "contracted_hours, employment, specialist_role, start_date, contract_ends_on)", staff);

		CopyRows training = new CopyRows();
		s.training()
			.forEach(t -> training.add(t.staffId()).add(t.course()).add(t.completedOn()).add(t.expiresOn()).endRow());
		BulkCopy.into(dataSource, "organisation.training_record (staff_id, course, completed_on, expires_on)",
				training);

		for (String table : new String[] { "organisation.provider", "organisation.area", "organisation.borough",
				"organisation.office", "organisation.team", "organisation.staff" }) {
			BulkCopy.resetIdentity(dataSource, table);
		}
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void loadWorkforce(Workforce w) {
		org.springframework.jdbc.core.JdbcTemplate jdbc = new org.springframework.jdbc.core.JdbcTemplate(dataSource);
		jdbc.batchUpdate("""
				update organisation.staff set gender = ?, ethnicity = ?, disability = ?, religion = ?, date_of_birth = ?
				where id = ?
				""",
				w.profiles()
					.stream()
					.map(p -> new Object[] { p.gender(), p.ethnicity(), p.disability(), p.religion(),
							java.sql.Date.valueOf(p.dateOfBirth()), p.staffId() })
					.toList());
		CopyRows posts = new CopyRows();
		w.establishment().forEach(e -> posts.add(e.teamId()).add(e.grade().name()).add(e.posts()).endRow());
		BulkCopy.into(dataSource, "organisation.establishment (team_id, grade, posts)", posts);
		CopyRows plans = new CopyRows();
		w.plans().forEach(p -> plans.add(p.staffId()).add(p.startedOn()).add(p.endedOn()).add(p.outcome()).endRow());
		BulkCopy.into(dataSource, "organisation.performance_plan (staff_id, started_on, ended_on, outcome)", plans);
	}

}
