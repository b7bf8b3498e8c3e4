package org.openprobation.interventions;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openprobation.IntegrationTest;
import org.openprobation.TestHttp;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The interventions directory kept in the application (issue 26): a service is added,
 * changed by version and retired; the NPS searches every provider's rate card.
 */
@IntegrationTest
@org.junit.jupiter.api.extension.ExtendWith(org.openprobation.RemovesAddedOrganisation.class)
class ServiceMaintenanceTest {

	@Value("${local.server.port}")
	int port;

	@Autowired
	JdbcClient jdbc;

	private long lastService;

	@BeforeEach
	void remember() {
		lastService = jdbc.sql("select coalesce(max(id), 0) from interventions.service").query(Long.class).single();
	}

	@AfterEach
	void removeAddedServices() {
		jdbc.sql("delete from interventions.service where id > :id").param("id", lastService).update();
	}

	private String borough() {
		return jdbc.sql("""
				select b.id::text from organisation.borough b join organisation.area a on a.id = b.area_id
				join access.app_user u on u.area_id = a.id where u.username = 'area' order by b.id limit 1""")
			.query(String.class)
			.single();
	}

	@Test
	void anAreaManagerAddsChangesAndRetiresAService() {
		TestHttp area = TestHttp.signedIn(port, "area");
		assertThat(area.page("/interventions").body()).contains("id=\"new-service\"");
		TestHttp.Response bad = area.postFormFrom("/interventions/new", "/interventions",
				"name=Tenancy+ready&need=ACCOMMODATION&pricePounds=lots&places=10&waitingWeeks=2&highestRosh=HIGH"
						+ "&gender=ANY");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.body()).contains("govuk-error-summary")
			.contains("value=\"Tenancy ready\"")
			.contains("Enter who delivers it")
			.contains("Select the boroughs");

		TestHttp.Response added = area.postFormFrom("/interventions/new", "/interventions",
				"name=Tenancy+ready&need=ACCOMMODATION&deliverer=Shelter+partner&pricePounds=320.50&places=12"
						+ "&waitingWeeks=2&highestRosh=HIGH&gender=ANY&sessions=6&boroughIds=" + borough());
		assertThat(added.status()).as(added.body()).isEqualTo(302);
		String path = added.header("Location").replaceFirst("^https?://[^/]+", "");
		TestHttp.Response page = area.page(path);
		assertThat(page.body()).contains("Tenancy ready").contains("£320.50").contains("id=\"service-actions\"");
		assertThat(area.page("/interventions?need=ACCOMMODATION").body()).contains("Tenancy ready");

		TestHttp.Response edit = area.page(path + "/edit");
		assertThat(edit.body()).contains("value=\"320.50\"").contains("checked");
		String version = edit.body().replaceAll("(?s).*name=\"version\" value=\"(\\d+)\".*", "$1");
		String changed = "version=" + version + "&name=Tenancy+ready+plus&need=ACCOMMODATION&deliverer=Shelter+partner"
				+ "&pricePounds=350&places=12&waitingWeeks=3&highestRosh=MEDIUM&gender=WOMEN&boroughIds=" + borough();
		assertThat(area.postFormFrom(path + "/edit", path + "/edit", changed).status()).isEqualTo(302);
		assertThat(area.page(path).body()).contains("Tenancy ready plus").contains("Women only");
		TestHttp.Response stale = area.postFormFrom(path + "/edit", path + "/edit", changed);
		assertThat(stale.status()).isEqualTo(409);

		assertThat(area.postFormFrom(path, path + "/retire", "").status()).isEqualTo(302);
		assertThat(area.page(path).body()).contains("id=\"retired\"").doesNotContain("id=\"service-actions\"");
		assertThat(area.page("/interventions?need=ACCOMMODATION").body()).doesNotContain("Tenancy ready plus");
		assertThat(jdbc
			.sql("select count(*) from access.audit_event where username = 'area' and action in "
					+ "('ADD_SERVICE', 'CHANGE_SERVICE', 'RETIRE_SERVICE')")
			.query(Long.class)
			.single()).isGreaterThanOrEqualTo(3);

		TestHttp practitioner = TestHttp.signedIn(port, "practitioner");
		assertThat(practitioner.page("/interventions/new").status()).isEqualTo(403);
		assertThat(practitioner.page("/interventions").body()).doesNotContain("id=\"new-service\"");
	}

	@Test
	void theNpsSearchesEveryProvidersRateCard() {
		TestHttp api = TestHttp.anonymous(port);
		assertThat(api
			.postJson("/api/v1/organisation/providers", "admin",
					"{\"code\": \"NPS-LDN\", \"name\": \"NPS London\", \"type\": \"NPS_DIVISION\"}")
			.status()).isEqualTo(201);
		TestHttp.Response account = api.postJson("/api/v1/users", "admin", """
				{"username": "nps.quality", "name": "Nia Example", "email": "nps.quality@example.org",
				 "roles": ["QUALITY"], "providerCode": "NPS-LDN"}""");
		assertThat(account.status()).as(account.body()).isEqualTo(201);
		String oneTime = account.json().get("oneTimePassword").asString();
		api.sendJson("PUT", "/api/v1/users/me/password", "nps.quality", oneTime,
				"{\"currentPassword\": \"%s\", \"newPassword\": \"the nps reads every card\"}".formatted(oneTime));

		TestHttp nps = TestHttp.signedIn(port, "nps.quality", "the nps reads every card");
		String directory = nps.page("/interventions").body();
		assertThat(directory).contains("id=\"rate-card\"").contains("Offered by");
		String crcService = jdbc
			.sql("select id::text from interventions.service where retired_on is null " + "order by id limit 1")
			.query(String.class)
			.single();
		assertThat(nps.page("/interventions/" + crcService).status()).isEqualTo(200);
		// a CRC's own staff see their own provider's card
		assertThat(TestHttp.signedIn(port, "practitioner").page("/interventions").body())
			.doesNotContain("id=\"rate-card\"");
	}

}
