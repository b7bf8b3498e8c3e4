package org.openprobation.shell;

import org.junit.jupiter.api.Test;
import org.openprobation.IntegrationTest;
import org.openprobation.TestHttp;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Only those who may change a case add registrations; everyone else is refused on the
 * server and audited.
 */
@IntegrationTest
class RegistrationAccessTest {

	@Value("${local.server.port}")
	int port;

	@Autowired
	JdbcClient jdbc;

	private TestHttp.Response postAs(String user, String crn) {
		String form = "type=RISK_TO_STAFF&startDate.day=1&startDate.month=11&startDate.year=2026"
				+ "&nextReviewDate.day=1&nextReviewDate.month=5&nextReviewDate.year=2027";
		return TestHttp.signedIn(port, user).postForm("/cases/" + crn + "/registrations", form);
	}

	@Test
	void inspectorsAndQualityStaffCannotAddRegistrations() {
		String crn = jdbc.sql("select crn from people.person order by id offset 3000 limit 1")
			.query(String.class)
			.single();
		assertThat(postAs("inspector", crn).status()).isEqualTo(403);
		assertThat(postAs("quality", crn).status()).isEqualTo(403);
		assertThat(jdbc.sql(
				"select count(*) from assessment.registration r join people.person p on p.id = r.person_id where p.crn = :crn and r.added_by in ('inspector', 'quality')")
			.param("crn", crn)
			.query(Long.class)
			.single()).isZero();
		assertThat(jdbc.sql("select count(*) from access.audit_event where crn = :crn and action = 'ACCESS_REFUSED'")
			.param("crn", crn)
			.query(Long.class)
			.single()).isPositive();
	}

	@Test
	void aPractitionerCannotAddARegistrationToAColleaguesCase() {
		String crn = jdbc
			.sql("""
					select p.crn from people.person p join people.responsible_officer ro on ro.person_id = p.id and ro.to_date is null
					join access.app_user u on u.username = 'practitioner' where ro.staff_id <> u.staff_id order by p.id limit 1
					""")
			.query(String.class)
			.single();
		assertThat(postAs("practitioner", crn).status()).isEqualTo(403);
	}

}
