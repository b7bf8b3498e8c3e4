package org.openprobation.interventions;

import org.junit.jupiter.api.Test;
import org.openprobation.IntegrationTest;
import org.openprobation.TestHttp;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The directory and referrals API: contract, field errors, conflicts. */
@IntegrationTest
class InterventionsApiTest {

	@org.springframework.beans.factory.annotation.Autowired
	java.time.Clock clock;

	@Value("${local.server.port}")
	int port;

	@Autowired
	JdbcClient jdbc;

	private TestHttp http() {
		return TestHttp.anonymous(port);
	}

	@Test
	void theDirectoryIsSearchableByNeedAndBoroughWithItsWaitingListsAndCompletionRates() {
		long camden = jdbc.sql("select id from organisation.borough where name = 'Camden'").query(Long.class).single();
		TestHttp.Response response = http().get("/api/v1/interventions?need=DRUGS&borough=" + camden, "practitioner");
		assertThat(response.status()).isEqualTo(200);
		JsonNode services = response.json();
		assertThat(services.size()).isPositive();
		for (JsonNode service : services) {
			assertThat(service.get("need").asString()).isEqualTo("DRUGS");
			assertThat(service.get("boroughs").toString()).contains("Camden");
			assertThat(service.has("onWaitingList")).isTrue();
			assertThat(service.has("completionRatePercent")).isTrue();
		}
		assertThat(http().get("/api/v1/interventions?need=KNITTING", "practitioner").status()).isEqualTo(400);
		assertThat(http().get("/api/v1/interventions", null).status()).isEqualTo(401);
	}

	@Test
	void aReferralIsMadeAndMovedOnThroughTheApi() {
		record Case(String crn, long service) {
		}
		Case found = jdbc.sql("""
				select p.crn, s.id from people.person p
				join people.responsible_officer ro on ro.person_id = p.id and ro.to_date is null
				join access.app_user u on u.staff_id = ro.staff_id and u.username = 'practitioner'
				join people.address a on a.person_id = p.id and a.to_date is null
				join interventions.service_borough sb on sb.borough_id = a.borough_id
				join interventions.service s on s.id = sb.service_id and s.need = 'ACCOMMODATION'
				where exists (select 1 from sentences.sentence x where x.person_id = p.id and x.status = 'ACTIVE')
				  and not exists (select 1 from interventions.referral r where r.person_id = p.id)
				order by p.crn limit 1
				""").query((rs, n) -> new Case(rs.getString(1).trim(), rs.getLong(2))).single();
		String path = "/api/v1/people/" + found.crn() + "/referrals";
		TestHttp.Response bad = http().postJson(path, "practitioner", "{\"serviceId\":\"x\",\"colour\":\"red\"}");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.contentType()).startsWith("application/problem+json");
		assertThat(bad.body()).contains("serviceId", "reason", "colour");

		TestHttp.Response created = http().postJson(path, "practitioner",
				"{\"serviceId\":" + found.service() + ",\"reason\":\"No fixed abode since release\"}");
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		long id = created.json().get("id").asLong();
		assertThat(http().postJson(path, "practitioner", "{\"serviceId\":" + found.service() + ",\"reason\":\"Again\"}")
			.status()).isEqualTo(409);

		JsonNode listed = http().get(path, "practitioner").json();
		assertThat(listed.get(0).get("id").asLong()).isEqualTo(id);
		assertThat(listed.get(0).get("status").asString()).isEqualTo("SENT");

		String today = java.time.LocalDate.now(clock).toString();
		TestHttp.Response accepted = http().putJson("/api/v1/referrals/" + id + "/status", "practitioner",
				"{\"status\":\"ACCEPTED\",\"on\":\"" + today + "\",\"version\":0}");
		assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
		assertThat(accepted.json().get("acceptedOn").asString()).isEqualTo(today);
		TestHttp.Response stale = http().putJson("/api/v1/referrals/" + id + "/status", "practitioner",
				"{\"status\":\"STARTED\",\"on\":\"" + today + "\",\"version\":0}");
		assertThat(stale.status()).isEqualTo(409);
		TestHttp.Response wrongStep = http().putJson("/api/v1/referrals/" + id + "/status", "practitioner",
				"{\"status\":\"COMPLETED\",\"on\":\"" + today + "\",\"outcome\":\"x\",\"version\":1}");
		assertThat(wrongStep.status()).isEqualTo(400);
		assertThat(http()
			.putJson("/api/v1/referrals/999999999/status", "practitioner",
					"{\"status\":\"STARTED\",\"on\":\"" + today + "\",\"version\":1}")
			.status()).isEqualTo(404);
		assertThat(http()
			.putJson("/api/v1/referrals/" + id + "/status", "inspector",
					"{\"status\":\"STARTED\",\"on\":\"" + today + "\",\"version\":1}")
			.status()).isEqualTo(403);
	}

}
