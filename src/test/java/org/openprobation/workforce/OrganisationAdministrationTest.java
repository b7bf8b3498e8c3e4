package org.openprobation.workforce;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openprobation.IntegrationTest;
import org.openprobation.TestHttp;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The organisation administered in the application (issue 26): providers, areas,
 * boroughs, offices and teams created, renamed and closed with their history kept and
 * nothing deleted.
 */
@IntegrationTest
@org.junit.jupiter.api.extension.ExtendWith(org.openprobation.RemovesAddedOrganisation.class)
class OrganisationAdministrationTest {

	@Value("${local.server.port}")
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	java.time.Clock clock;

	@Test
	void anAdministratorBuildsAProviderDownToATeamThroughTheApi() {
		TestHttp api = TestHttp.anonymous(port);
		TestHttp.Response provider = api.postJson("/api/v1/organisation/providers", "admin",
				"{\"code\": \"kss\", \"name\": \"Kent, Surrey and Sussex CRC\", \"type\": \"CRC\"}");
		assertThat(provider.status()).as(provider.body()).isEqualTo(201);
		assertThat(provider.header("Location")).endsWith("/api/v1/organisation/providers/KSS");
		assertThat(provider.json().get("code").asString()).isEqualTo("KSS");
		assertThat(provider.json().get("openedOn").asString()).isEqualTo(LocalDate.now(clock).toString());
		assertThat(api
			.postJson("/api/v1/organisation/areas", "admin",
					"{\"code\": \"KSS-KENT\", \"name\": \"Kent\", \"providerCode\": \"KSS\"}")
			.status()).isEqualTo(201);
		assertThat(api
			.postJson("/api/v1/organisation/boroughs", "admin",
					"{\"code\": \"KSS-MAID\", \"name\": \"Maidstone\", \"areaCode\": \"KSS-KENT\"}")
			.status()).isEqualTo(201);
		TestHttp.Response office = api.postJson("/api/v1/organisation/offices", "admin",
				"{\"code\": \"KSS-MAID-O1\", \"name\": \"Maidstone office\", \"boroughCode\": \"KSS-MAID\"}");
		assertThat(office.status()).as(office.body()).isEqualTo(201);
		TestHttp.Response team = api.postJson("/api/v1/organisation/teams", "admin",
				"{\"code\": \"KSS-MAID-T1\", \"name\": \"Maidstone 1\", \"officeCode\": \"KSS-MAID-O1\"}");
		assertThat(team.status()).as(team.body()).isEqualTo(201);
		assertThat(team.json().get("parentCode").asString()).isEqualTo("KSS-MAID-O1");
		// the office serves its own borough, so cases there find it
		assertThat(jdbc
			.sql("""
					select count(*) from organisation.office_borough ob join organisation.office o on o.id = ob.office_id
					join organisation.borough b on b.id = ob.borough_id where o.code = 'KSS-MAID-O1' and b.code = 'KSS-MAID'""")
			.query(Long.class)
			.single()).isOne();
		assertThat(jdbc
			.sql("select count(*) from access.audit_event where action = 'CREATE_ORGANISATION_UNIT' "
					+ "and detail like '%KSS%'")
			.query(Long.class)
			.single()).isEqualTo(5);

		// every problem at once, each named
		TestHttp.Response bad = api.postJson("/api/v1/organisation/teams", "admin",
				"{\"code\": \"KSS-MAID-T1\", \"name\": \"\", \"officeCode\": \"NOWHERE\"}");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.body()).contains("\"code\"").contains("\"name\"").contains("\"officeCode\"");
		TestHttp.Response noType = api.postJson("/api/v1/organisation/providers", "admin",
				"{\"code\": \"X1\", \"name\": \"X\", \"type\": \"PRISON\"}");
		assertThat(noType.status()).isEqualTo(400);
		assertThat(noType.body()).contains("type");
		assertThat(api
			.postJson("/api/v1/organisation/areas", "manager",
					"{\"code\": \"KSS-SURR\", \"name\": \"Surrey\", \"providerCode\": \"KSS\"}")
			.status()).isEqualTo(403);
	}

	@Test
	void renamingAndClosingKeepHistoryAndATeamClosesOnlyOnceItsStaffHaveMoved() {
		TestHttp api = TestHttp.anonymous(port);
		String office = jdbc.sql("select code from organisation.office order by id limit 1")
			.query(String.class)
			.single();
		assertThat(api
			.postJson("/api/v1/organisation/teams", "admin",
					"{\"code\": \"CLOSING-T1\", \"name\": \"Closing team\", \"officeCode\": \"%s\"}".formatted(office))
			.status()).isEqualTo(201);
		int version = api.get("/api/v1/organisation/teams/CLOSING-T1", "admin").json().get("version").asInt();
		TestHttp.Response renamed = api.sendJson("PATCH", "/api/v1/organisation/teams/CLOSING-T1", "admin", "demo",
				"{\"name\": \"Closing team (renamed)\", \"version\": %d}".formatted(version));
		assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
		assertThat(renamed.json().get("name").asString()).isEqualTo("Closing team (renamed)");
		assertThat(TestHttp.signedIn(port, "admin").page("/organisation").body()).contains("Closing team (renamed)");
		TestHttp.Response stale = api.sendJson("PATCH", "/api/v1/organisation/teams/CLOSING-T1", "admin", "demo",
				"{\"name\": \"Again\", \"version\": %d}".formatted(version));
		assertThat(stale.status()).isEqualTo(409);

		// a team with staff does not close
		String busyTeam = jdbc
			.sql("select t.code from organisation.team t where exists "
					+ "(select 1 from organisation.staff s where s.team_id = t.id) order by t.id limit 1")
			.query(String.class)
			.single();
		int busyVersion = api.get("/api/v1/organisation/teams/" + busyTeam, "admin").json().get("version").asInt();
		TestHttp.Response refused = api.sendJson("PATCH", "/api/v1/organisation/teams/" + busyTeam, "admin", "demo",
				"{\"closedOn\": \"%s\", \"version\": %d}".formatted(LocalDate.now(clock).plusDays(7), busyVersion));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body()).contains("closedOn").contains("staff");
		TestHttp.Response past = api.sendJson("PATCH", "/api/v1/organisation/teams/CLOSING-T1", "admin", "demo",
				"{\"closedOn\": \"%s\", \"version\": %d}".formatted(LocalDate.now(clock).minusDays(1), version + 1));
		assertThat(past.status()).isEqualTo(400);

		TestHttp.Response closed = api.sendJson("PATCH", "/api/v1/organisation/teams/CLOSING-T1", "admin", "demo",
				"{\"closedOn\": \"%s\", \"version\": %d}".formatted(LocalDate.now(clock), version + 1));
		assertThat(closed.status()).as(closed.body()).isEqualTo(200);
		assertThat(jdbc
			.sql("select change from organisation.unit_history h join organisation.team t "
					+ "on t.id = h.unit_id and h.kind = 'TEAM' where t.code = 'CLOSING-T1' order by h.id")
			.query(String.class)
			.list()).containsExactly("OPENED", "RENAMED", "CLOSED");
		// nobody is imported into a closed team
		TestHttp.Response intoClosed = api.send(java.net.http.HttpRequest
			.newBuilder(java.net.URI.create("http://localhost:" + port + "/api/v1/staff/imports"))
			.header("Content-Type", "text/csv")
			.header("Accept", "application/json")
			.header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("admin:demo".getBytes()))
			.POST(java.net.http.HttpRequest.BodyPublishers
				.ofString("code,forename,surname,grade,team,contracted_hours,employment,start_date\n"
						+ "CLOSED-S1,Ada,Okafor,PO,CLOSING-T1,37,EMPLOYED,2026-11-02\n"))
			.build());
		assertThat(intoClosed.status()).isEqualTo(400);
		assertThat(intoClosed.body()).contains("closes on");
		// still on the record, but no longer in the organisation's tree
		assertThat(TestHttp.signedIn(port, "admin").page("/organisation").body()).doesNotContain("CLOSING-T1")
			.doesNotContain("Closing team (renamed)");
		// still there, and nothing new goes under a closed unit
		assertThat(api.get("/api/v1/organisation/teams/CLOSING-T1", "practitioner").status()).isEqualTo(200);
		TestHttp.Response history = TestHttp.signedIn(port, "admin").page("/organisation/units/teams/CLOSING-T1");
		assertThat(history.body()).contains("id=\"history\"")
			.contains("Renamed")
			.contains("Closed")
			.doesNotContain("id=\"unit-change\"");
	}

	@Test
	void thePagesListAddAndChangeUnitsKeepingWhatWasTyped() {
		TestHttp admin = TestHttp.signedIn(port, "admin");
		TestHttp.Response list = admin.page("/organisation/units?kind=areas");
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.body()).contains("id=\"units\"").contains("id=\"new-unit\"");
		assertThat(admin.page("/organisation/units?kind=areas&q=no-such-area").body()).contains("id=\"no-units\"");
		assertThat(admin.page("/organisation/units?kind=planets").status()).isEqualTo(404);

		TestHttp.Response bad = admin.postFormFrom("/organisation/units/areas/new", "/organisation/units/areas",
				"code=NEW-AREA&name=New+area&parentCode=NOPE&openedOn.day=31&openedOn.month=2&openedOn.year=2027");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.body()).contains("govuk-error-summary")
			.contains("value=\"NEW-AREA\"")
			.contains("value=\"New area\"");
		String provider = jdbc.sql("select code from organisation.provider order by id limit 1")
			.query(String.class)
			.single();
		TestHttp.Response created = admin.postFormFrom("/organisation/units/areas/new", "/organisation/units/areas",
				"code=new-area&name=New+area&parentCode=" + provider);
		assertThat(created.status()).as(created.body()).isEqualTo(302);
		assertThat(created.header("Location")).endsWith("/organisation/units/areas/NEW-AREA");
		TestHttp.Response page = admin.page("/organisation/units/areas/NEW-AREA");
		assertThat(page.body()).contains("New area").contains("Opened");
		String version = page.body().replaceAll("(?s).*name=\"version\" value=\"(\\d+)\".*", "$1");
		TestHttp.Response renamed = admin.postFormFrom("/organisation/units/areas/NEW-AREA",
				"/organisation/units/areas/NEW-AREA", "version=" + version + "&name=Newer+area");
		assertThat(renamed.status()).isEqualTo(302);
		assertThat(admin.page("/organisation/units/areas/NEW-AREA").body()).contains("Newer area");

		TestHttp practitioner = TestHttp.signedIn(port, "practitioner");
		assertThat(practitioner.page("/organisation/units?kind=teams").body()).doesNotContain("id=\"new-unit\"");
		assertThat(practitioner.page("/organisation/units/areas/new").status()).isEqualTo(403);
	}

}
