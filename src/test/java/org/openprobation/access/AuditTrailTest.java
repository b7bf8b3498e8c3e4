package org.openprobation.access;

import org.junit.jupiter.api.Test;
import org.openprobation.IntegrationTest;
import org.openprobation.TestHttp;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class AuditTrailTest {

	@Value("${local.server.port}")
	int port;

	@Autowired
	JdbcClient jdbc;

	private long events(String username, String action, String crn) {
		return jdbc.sql("select count(*) from access.audit_event where username = :u and action = :a and crn = :c")
			.param("u", username)
			.param("a", action)
			.param("c", crn)
			.query(Long.class)
			.single();
	}

	private String aCrn(int offset) {
		return jdbc.sql("select crn from people.person order by id offset :o limit 1")
			.param("o", offset)
			.query(String.class)
			.single();
	}

	@Test
	void everyViewOfACaseIsAuditedWithUserTimeActionAndCrn() {
		String crn = aCrn(2000);
		TestHttp.anonymous(port).get("/api/v1/people/" + crn, "quality");
		TestHttp.signedIn(port, "quality").page("/cases/" + crn);
		assertThat(events("quality", "VIEW_CASE", crn)).isEqualTo(2);
		assertThat(jdbc.sql("select detail from access.audit_event where crn = :c order by id")
			.param("c", crn)
			.query(String.class)
			.list()).containsExactly("api: case overview", "page: case overview");
	}

	@Test
	void searchesAreAudited() {
		String crn = aCrn(2001);
		TestHttp.anonymous(port).get("/api/v1/people?q=" + crn, "area");
		assertThat(events("area", "SEARCH_PEOPLE", crn)).isEqualTo(1);
	}

	@Test
	void administratorsFilterTheAuditTrail() {
		String crn = aCrn(2002);
		TestHttp.anonymous(port).get("/api/v1/people/" + crn, "inspector");
		TestHttp.Response page = TestHttp.signedIn(port, "admin")
			.page("/audit?crn=" + crn + "&username=inspector&action=VIEW_CASE");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("1 events").contains("VIEW_CASE").contains(crn);
	}

	@Test
	void onlyAdministratorsSeeTheAuditTrail() {
		assertThat(TestHttp.signedIn(port, "quality").page("/audit").status()).isEqualTo(403);
		assertThat(TestHttp.signedIn(port, "inspector").page("/audit").status()).isEqualTo(403);
	}

	@Test
	void badAuditFiltersAreExplainedAndKept() {
		TestHttp.Response page = TestHttp.signedIn(port, "admin")
			.page("/audit?crn=12&from=31/02/2026&username=someone");
		assertThat(page.status()).isEqualTo(400);
		assertThat(page.body()).contains("There is a problem")
			.contains("Enter a CRN as one letter and six digits")
			.contains("Date from must be a real date")
			.contains("value=\"someone\"");
	}

}
