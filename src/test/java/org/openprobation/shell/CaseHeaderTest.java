package org.openprobation.shell;

import org.junit.jupiter.api.Test;
import org.openprobation.IntegrationTest;
import org.openprobation.TestHttp;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page about a case carries the same header (who, tier, risk, flags) and any
 * outstanding warrant, including pages whose address does not name the case; a user who
 * may not read the case sees neither.
 */
@IntegrationTest
class CaseHeaderTest {

	@org.springframework.beans.factory.annotation.Autowired
	java.time.Clock clock;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void pagesOfOtherModulesAboutACaseCarryItsHeader() {
		org.openprobation.PastAppointments.Made past = org.openprobation.PastAppointments.withoutOutcome(jdbc, clock,
				"practitioner", 1);
		String crn = past.crn();
		long contact = past.contactId();
		TestHttp practitioner = TestHttp.signedIn(port, "practitioner");
		for (String path : java.util.List.of("/cases/" + crn + "/enforcement",
				"/appointments/" + contact + "/outcome")) {
			TestHttp.Response page = practitioner.page(path);
			assertThat(page.status()).as(path).isEqualTo(200);
			assertThat(page.body()).as(path)
				.contains("id=\"case-bar\"", "CRN: " + crn)
				.containsPattern("Tier [A-D]|Not tiered");
		}
		// the case's own sections carry the same bar, once (issue 29: the case at a
		// glance)
		for (String section : java.util.List.of("", "/risk", "/sentence")) {
			String body = practitioner.page("/cases/" + crn + section).body();
			assertThat(body.split("id=\"case-bar\"", -1)).as(section).hasSize(2);
		}
	}

	@Test
	void aWarrantShowsOnEveryPageOfTheCaseButNeverToAUserRefusedIt() {
		String crn = jdbc.sql("""
				select p.crn from enforcement.action a join people.person p on p.id = a.person_id
				where a.warrant_issued_on is not null and a.warrant_executed_on is null and not p.restricted
				order by p.crn limit 1
				""").query(String.class).single().trim();
		TestHttp practitioner = TestHttp.signedIn(port, "practitioner");
		TestHttp.Response open = practitioner.page("/cases/" + crn + "/enforcement");
		assertThat(open.status()).isEqualTo(200);
		assertThat(open.body()).contains("Outstanding warrant since");
		jdbc.sql("update people.person set restricted = true where crn = :crn").param("crn", crn).update();
		try {
			TestHttp.Response refused = practitioner.page("/cases/" + crn + "/enforcement");
			assertThat(refused.status()).isEqualTo(403);
			assertThat(refused.body()).doesNotContain("Outstanding warrant").doesNotContain("case-bar");
		}
		finally {
			jdbc.sql("update people.person set restricted = false where crn = :crn").param("crn", crn).update();
		}
	}

}
