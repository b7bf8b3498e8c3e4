package org.openprobation.workforce;

import org.junit.jupiter.api.Test;
import org.openprobation.IntegrationTest;
import org.openprobation.TestHttp;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A member of staff added through the page (issue 26), with the staff import's checks:
 * every field wrong is named beside it, nothing is half-saved, and the addition is
 * audited.
 */
@IntegrationTest
@org.junit.jupiter.api.extension.ExtendWith(org.openprobation.RemovesImportedStaff.class)
class StaffAdditionTest {

	@Value("${local.server.port}")
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anAreaManagerAddsAMemberOfStaffIntoTheirProvidersTeam() {
		String team = jdbc.sql("select code from organisation.team order by id limit 1").query(String.class).single();
		TestHttp area = TestHttp.signedIn(port, "area");
		TestHttp.Response bad = area.postFormFrom("/organisation/staff/new", "/organisation/staff",
				"code=ADD-T1&forename=&surname=Okafor&grade=PROBATION_OFFICER&team=NO-TEAM&contractedHours=99"
						+ "&employment=EMPLOYED&startDate.day=5&startDate.month=1&startDate.year=2026");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.body()).contains("govuk-error-summary")
			.contains("href=\"#forename\"")
			.contains("href=\"#team\"")
			.contains("href=\"#contractedHours\"")
			.contains("value=\"Okafor\"");
		assertThat(jdbc.sql("select count(*) from organisation.staff where code = 'ADD-T1'").query(Long.class).single())
			.isZero();

		TestHttp.Response added = area.postFormFrom("/organisation/staff/new", "/organisation/staff",
				"code=ADD-T1&forename=Ada&surname=Okafor&grade=PROBATION_OFFICER&team=" + team + "&contractedHours=37"
						+ "&employment=EMPLOYED&startDate.day=5&startDate.month=1&startDate.year=2026&specialistRole=NONE");
		assertThat(added.status()).as(added.body()).isEqualTo(302);
		assertThat(added.header("Location")).endsWith("/organisation/staff/ADD-T1");
		assertThat(area.page("/organisation/staff/ADD-T1").body()).contains("Ada Okafor");
		assertThat(jdbc.sql("select count(*) from access.audit_event where username = 'area' and action = 'ADD_STAFF'")
			.query(Long.class)
			.single()).isPositive();
		assertThat(TestHttp.signedIn(port, "manager").page("/organisation/staff/new").status()).isEqualTo(403);
	}

}
