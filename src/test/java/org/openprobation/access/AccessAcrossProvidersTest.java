package org.openprobation.access;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openprobation.IntegrationTest;
import org.openprobation.TestHttp;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A second provider with one case, present only during this class: London users must not
 * read it; inspectors and administrators may; inspectors change nothing.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessAcrossProvidersTest {

	static final String OTHER_CRN = "Z000001";

	@Value("${local.server.port}")
	int port;

	@Autowired
	JdbcClient jdbc;

	@BeforeAll
	void anotherProviderHoldsACase() {
		jdbc.sql(
				"insert into organisation.provider (id, code, name, type) values (9001, 'NPSX', 'Test NPS division', 'NPS_DIVISION')")
			.update();
		jdbc.sql(
				"insert into organisation.area (id, provider_id, code, name) values (9001, 9001, 'NPSX-A', 'Test area')")
			.update();
		jdbc.sql(
				"insert into organisation.borough (id, area_id, code, name) values (9001, 9001, 'NPSX-B', 'Test borough')")
			.update();
		jdbc.sql(
				"insert into organisation.office (id, borough_id, code, name, address) values (9001, 9001, 'NPSX-O', 'Test office', '1 Test Street')")
			.update();
		jdbc.sql(
				"insert into organisation.team (id, office_id, code, name) values (9001, 9001, 'NPSX-T1', 'Test team')")
			.update();
		jdbc.sql(
				"""
						insert into organisation.staff (id, code, forename, surname, grade, office_id, team_id, contracted_hours, employment, start_date)
						values (9001, 'NPSX-S1', 'Test', 'Officer', 'PROBATION_OFFICER', 9001, 9001, 37, 'EMPLOYED', date '2020-01-01')
						""")
			.update();
		jdbc.sql(
				"""
						insert into people.person (id, crn, forename, surname, date_of_birth, gender, ethnicity, nationality, provider_id)
						values (900001, :crn, 'Other', 'Provider', date '1980-01-01', 'MALE', 'NS', 'British', 9001)
						""")
			.param("crn", OTHER_CRN)
			.update();
		jdbc.sql(
				"insert into people.responsible_officer (person_id, staff_id, from_date, reason) values (900001, 9001, :d, 'Allocated')")
			.param("d", LocalDate.of(2026, 1, 1))
			.update();
	}

	@AfterAll
	void removeTheOtherProvider() {
		jdbc.sql("delete from people.person where id = 900001").update();
		jdbc.sql("delete from organisation.staff where id = 9001").update();
		jdbc.sql("delete from organisation.team where id = 9001").update();
		jdbc.sql("delete from organisation.office where id = 9001").update();
		jdbc.sql("delete from organisation.borough where id = 9001").update();
		jdbc.sql("delete from organisation.area where id = 9001").update();
		jdbc.sql("delete from organisation.provider where id = 9001").update();
	}

	@Test
	void aPractitionerCannotReadACaseOfAnotherProviderInTheApi() {
		TestHttp.Response response = TestHttp.anonymous(port).get("/api/v1/people/" + OTHER_CRN, "practitioner");
		assertThat(response.status()).isEqualTo(403);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.body()).doesNotContain("Provider").contains("another provider");
	}

	@Test
	void aPractitionerCannotReadACaseOfAnotherProviderOnAPage() {
		TestHttp.Response response = TestHttp.signedIn(port, "practitioner").page("/cases/" + OTHER_CRN);
		assertThat(response.status()).isEqualTo(403);
		assertThat(response.body()).contains("You do not have access to this")
			.contains("held by another provider")
			.doesNotContain("Other Provider");
	}

	@Test
	void searchesNeverReturnAnotherProvidersCases() {
		assertThat(TestHttp.anonymous(port)
			.get("/api/v1/people?q=" + OTHER_CRN, "area")
			.json()
			.get("totalElements")
			.asLong()).isZero();
		assertThat(TestHttp.signedIn(port, "quality").page("/people?q=" + OTHER_CRN).body()).contains("0")
			.doesNotContain(OTHER_CRN + "</td>");
	}

	@Test
	void inspectorsAndAdministratorsReadAcrossProviders() {
		assertThat(TestHttp.anonymous(port).get("/api/v1/people/" + OTHER_CRN, "inspector").status()).isEqualTo(200);
		assertThat(TestHttp.anonymous(port).get("/api/v1/people/" + OTHER_CRN, "admin").status()).isEqualTo(200);
	}

	@Test
	void theInspectorSeesEveryCaseAsReadOnly() {
		TestHttp.Response response = TestHttp.signedIn(port, "inspector").page("/cases/" + OTHER_CRN);
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body()).contains("Read only").contains("changes nothing");
	}

	@Test
	void refusalsAreAudited() {
		TestHttp.anonymous(port).get("/api/v1/people/" + OTHER_CRN, "practitioner");
		assertThat(jdbc.sql(
				"select count(*) from access.audit_event where action = 'ACCESS_REFUSED' and crn = :crn and username = 'practitioner'")
			.param("crn", OTHER_CRN)
			.query(Long.class)
			.single()).isPositive();
	}

}
