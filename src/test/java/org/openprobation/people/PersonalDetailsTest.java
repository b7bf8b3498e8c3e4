package org.openprobation.people;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openprobation.IntegrationTest;
import org.openprobation.TestHttp;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person's record changed with its history (issue 27, item 2): details by version, a
 * move of address that prompts a review, other names, each kept with before and after.
 */
@IntegrationTest
class PersonalDetailsTest {

	@Value("${local.server.port}")
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	java.time.Clock clock;

	@AfterEach
	void removeRegistered() {
		jdbc.sql("delete from people.person where created_by is not null").update();
	}

	private String registered() {
		TestHttp.Response response = TestHttp.anonymous(port).postJson("/api/v1/people", "manager", """
				{"forename": "Perpetua", "surname": "Hollingsworth", "dateOfBirth": "1988-04-17", "gender": "FEMALE",
				 "ethnicity": "W1", "nationality": "British", "phone": "07700 900321", "textReminders": true,
				 "addresses": [{"line1": "4 Example Row", "town": "London", "postcode": "E1 6AN",
				                "from": "2024-02-01"}]}""");
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json().get("crn").asString();
	}

	private static String version(String page) {
		return page.replaceAll("(?s).*name=\"version\" value=\"(\\d+)\".*", "$1");
	}

	@Test
	void detailsChangeByVersionAndEachChangeIsKeptWithBeforeAndAfter() {
		String crn = registered();
		String path = "/cases/" + crn + "/personal-details";
		TestHttp manager = TestHttp.signedIn(port, "manager");
		String page = manager.page(path).body();
		assertThat(page).contains("id=\"details-form\"").contains("Registered").contains("value=\"Perpetua\"");
		String details = "version=" + version(page) + "&forename=Perpetua&surname=Hollingsworth-Baines"
				+ "&dateOfBirth.day=17&dateOfBirth.month=4&dateOfBirth.year=1988&gender=FEMALE&ethnicity=W1"
				+ "&nationality=British&phone=07700+900999&textReminders=yes";
		TestHttp.Response bad = manager.postFormFrom(path, path,
				details.replace("phone=07700+900999", "phone=12") + "&email=nowhere");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.body()).contains("govuk-error-summary").contains("value=\"nowhere\"");

		TestHttp.Response saved = manager.postFormFrom(path, path, details);
		assertThat(saved.status()).as(saved.body()).isEqualTo(302);
		String after = manager.page(path).body();
		assertThat(after).contains("Personal details")
			.contains("surname: Hollingsworth-Baines")
			.contains("surname: Hollingsworth<")
			.contains("phone: 07700 900999");
		assertThat(manager.postFormFrom(path, path, details).status()).isEqualTo(409);
		assertThat(jdbc
			.sql("select count(*) from access.audit_event where action = 'CHANGE_PERSON_DETAILS' " + "and crn = :crn")
			.param("crn", crn)
			.query(Long.class)
			.single()).isOne();

		// the API: a version is required, a stale one refused, the history read back
		TestHttp api = TestHttp.anonymous(port);
		assertThat(
				api.sendJson("PATCH", "/api/v1/people/" + crn, "manager", "demo", "{\"religion\": \"None\"}").status())
			.isEqualTo(400);
		assertThat(api
			.sendJson("PATCH", "/api/v1/people/" + crn, "manager", "demo", "{\"religion\": \"None\", \"version\": 0}")
			.status()).isEqualTo(409);
		TestHttp.Response patched = api.sendJson("PATCH", "/api/v1/people/" + crn, "manager", "demo",
				"{\"religion\": \"None\", \"version\": 1}");
		assertThat(patched.status()).as(patched.body()).isEqualTo(200);
		assertThat(patched.json().get("changed").toString()).contains("religion");
		TestHttp.Response history = api.get("/api/v1/people/" + crn + "/history", "manager");
		assertThat(history.body()).contains("\"what\":\"Personal details\"").contains("\"Registered\"");

		// a practitioner reads the record of a case nobody holds yet, and changes nothing
		TestHttp practitioner = TestHttp.signedIn(port, "practitioner");
		assertThat(practitioner.page(path).body()).doesNotContain("id=\"details-form\"").contains("id=\"details\"");
		assertThat(practitioner.postFormFrom("/people", path, details).status()).isEqualTo(403);
	}

	@Test
	void aMoveEndsTheOldAddressAndOtherNamesComeAndGoOnTheRecord() {
		String crn = registered();
		String path = "/cases/" + crn + "/personal-details";
		TestHttp manager = TestHttp.signedIn(port, "manager");
		TestHttp.Response early = manager.postFormFrom(path, "/cases/" + crn + "/addresses",
				"addressLine1=9+New+Road&addressTown=London&addressPostcode=N1+9GU&addressFrom.day=1"
						+ "&addressFrom.month=1&addressFrom.year=2024");
		assertThat(early.status()).isEqualTo(400);
		assertThat(early.body()).contains("after they moved into their current address");
		LocalDate moved = LocalDate.now(clock).minusDays(3);
		TestHttp.Response move = manager.postFormFrom(path, "/cases/" + crn + "/addresses",
				"addressLine1=9+New+Road&addressTown=London&addressPostcode=n19gu&addressFrom.day="
						+ moved.getDayOfMonth() + "&addressFrom.month=" + moved.getMonthValue() + "&addressFrom.year="
						+ moved.getYear());
		assertThat(move.status()).as(move.body()).isEqualTo(302);
		assertThat(jdbc.sql("""
				select to_date from people.address a join people.person p on p.id = a.person_id
				where p.crn = :crn and a.line1 = '4 Example Row'""").param("crn", crn).query(LocalDate.class).single())
			.isEqualTo(moved.minusDays(1));
		assertThat(manager.page(path).body()).contains("9 New Road, London, N1 9GU").contains(">Address<");

		assertThat(
				manager.postFormFrom(path, "/cases/" + crn + "/aliases", "aliasForename=&aliasSurname=Baines").status())
			.isEqualTo(400);
		assertThat(manager.postFormFrom(path, "/cases/" + crn + "/aliases", "aliasForename=Pet&aliasSurname=Baines")
			.status()).isEqualTo(302);
		long alias = jdbc.sql("""
				select a.id from people.alias a join people.person p on p.id = a.person_id where p.crn = :crn""")
			.param("crn", crn)
			.query(Long.class)
			.single();
		assertThat(manager.postFormFrom(path, "/cases/" + crn + "/aliases/" + alias + "/remove", "").status())
			.isEqualTo(302);
		assertThat(manager.page(path).body()).contains("Other name added")
			.contains("Other name removed")
			.contains("id=\"no-aliases\"");
	}

	@Test
	void aMoveAfterTheLastRiskAssessmentPromptsItsReview() {
		var held = jdbc.sql("""
				select p.crn, p.id from people.person p
				join people.responsible_officer ro on ro.person_id = p.id and ro.to_date is null
				join access.app_user u on u.staff_id = ro.staff_id and u.username = 'practitioner'
				where not p.restricted
				  and (select max(r.assessed_on) from assessment.rosh_assessment r where r.person_id = p.id)
				      between cast(:today as date) - 90 and cast(:today as date) - 1
				  and not exists (select 1 from assessment.registration g where g.person_id = p.id)
				order by p.id limit 1""")
			.param("today", LocalDate.now(clock))
			.query((rs, n) -> new Object[] { rs.getString(1).trim(), rs.getLong(2) })
			.single();
		String crn = (String) held[0];
		long person = (Long) held[1];
		long lastAddress = jdbc.sql("select coalesce(max(id), 0) from people.address").query(Long.class).single();
		var current = jdbc.sql("select id, to_date from people.address where person_id = :p and to_date is null")
			.param("p", person)
			.query((rs, n) -> rs.getLong(1))
			.optional();
		try {
			TestHttp practitioner = TestHttp.signedIn(port, "practitioner");
			LocalDate today = LocalDate.now(clock);
			TestHttp.Response move = practitioner.postFormFrom("/cases/" + crn + "/personal-details",
					"/cases/" + crn + "/addresses",
					"addressLine1=2+Moved+Street&addressTown=London&addressPostcode=SE1+7TH&addressFrom.day="
							+ today.getDayOfMonth() + "&addressFrom.month=" + today.getMonthValue()
							+ "&addressFrom.year=" + today.getYear());
			assertThat(move.status()).as(move.body()).isEqualTo(302);
			assertThat(practitioner.page("/cases/" + crn + "/risk").body()).contains("moved address on");
		}
		finally {
			jdbc.sql("delete from people.address where id > :id").param("id", lastAddress).update();
			current.ifPresent(
					id -> jdbc.sql("update people.address set to_date = null where id = :id").param("id", id).update());
			jdbc.sql("delete from people.record_change where person_id = :p").param("p", person).update();
		}
	}

}
