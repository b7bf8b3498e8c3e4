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
 * Registering a person through the front door (issue 27, item 1): the CRN the platform
 * gives, the duplicate check for each kind of likely match and a true non-match, what the
 * user confirmed, and the same through the pages.
 */
@IntegrationTest
class RegistrationTest {

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

	/** A demo person of the practitioner's provider, unrestricted, with a PNC number. */
	private record OnFile(String crn, String forename, String surname, LocalDate born, String pnc) {
	}

	private OnFile onFile(String extra) {
		return jdbc.sql("""
				select p.crn, p.forename, p.surname, p.date_of_birth, p.pnc from people.person p
				where not p.restricted and p.pnc is not null and p.surname ~ '^[A-Za-z]{5,}$'
				  and p.forename ~ '^[A-Za-z]{4,}$' and p.provider_id =
				      (select provider_id from access.app_user where username = 'practitioner')
				  and not exists (select 1 from access.case_restriction r where r.person_id = p.id)
				""" + extra + " order by p.id limit 1")
			.query((rs, n) -> new OnFile(rs.getString(1).trim(), rs.getString(2), rs.getString(3),
					rs.getObject(4, LocalDate.class), rs.getString(5)))
			.single();
	}

	private static String body(String forename, String surname, LocalDate born, String extra) {
		return """
				{"forename": "%s", "surname": "%s", "dateOfBirth": "%s", "gender": "MALE", "ethnicity": "NS",
				 "nationality": "British"%s}""".formatted(forename, surname, born, extra);
	}

	private TestHttp.Response register(String json) {
		return TestHttp.anonymous(port).postJson("/api/v1/people", "practitioner", json);
	}

	private void assertMatched(TestHttp.Response response, String crn, String reason) {
		assertThat(response.status()).as(response.body()).isEqualTo(409);
		assertThat(response.header("Content-Type")).contains("application/problem+json");
		assertThat(response.body()).contains("likely-duplicate").contains("\"candidates\"");
		assertThat(response.json().get("candidates").toString()).contains(crn).contains(reason);
	}

	@Test
	void aNewPersonGetsACrnFromThePlatformAndTheirCaseOpens() {
		LocalDate born = LocalDate.now(clock).minusYears(31).withDayOfMonth(28);
		TestHttp.Response registered = register(body("Quillon", "Ashworth-Vane", born, """
				, "pnc": "2011/0012345%s", "phone": "07700 900456", "textReminders": true,
				"preferredChannel": "TEXT_MESSAGE",
				"addresses": [{"line1": "12 Example Street", "town": "London", "postcode": "se17th",
				               "from": "%s"}],
				"aliases": [{"forename": "Quill", "surname": "Vane"}]"""
			.formatted(new org.openprobation.shared.PncNumber(2011, 12345).checkLetter(), born.plusYears(20))));
		assertThat(registered.status()).as(registered.body()).isEqualTo(201);
		String crn = registered.json().get("crn").asString();
		assertThat(crn).matches("[A-Z][0-9]{6}");
		assertThat(registered.header("Location")).endsWith("/api/v1/people/" + crn);
		assertThat(jdbc
			.sql("select postcode from people.address a join people.person p on p.id = a.person_id "
					+ "where p.crn = :crn")
			.param("crn", crn)
			.query(String.class)
			.single()).isEqualTo("SE1 7TH");
		assertThat(jdbc.sql("select count(*) from access.audit_event where action = 'REGISTER_PERSON' and crn = :crn")
			.param("crn", crn)
			.query(Long.class)
			.single()).isOne();
		assertThat(jdbc
			.sql("""
					select what from people.record_change c join people.person p on p.id = c.person_id where p.crn = :crn""")
			.param("crn", crn)
			.query(String.class)
			.list()).containsExactly("Registered");
		TestHttp practitioner = TestHttp.signedIn(port, "practitioner");
		assertThat(practitioner.page("/cases/" + crn).status()).isEqualTo(200);
		assertThat(TestHttp.anonymous(port).get("/api/v1/people/" + crn, "practitioner").body()).contains("Quillon");

		// a second registration gets another CRN
		TestHttp.Response another = register(body("Odessa", "Threlkeld", born.minusYears(3), ""));
		assertThat(another.json().get("crn").asString()).isNotEqualTo(crn);
	}

	@Test
	void eachKindOfLikelyMatchStopsARegistrationUntilTheUserSaysItIsSomeoneElse() {
		OnFile p = onFile("");
		// the same PNC number, whatever the name
		assertMatched(register(body("Different", "Person", p.born().minusYears(5), ", \"pnc\": \"" + p.pnc() + "\"")),
				p.crn(), "same PNC number");
		// the same name and date of birth, in another case
		assertMatched(register(body(p.forename().toUpperCase(), p.surname().toLowerCase(), p.born(), "")), p.crn(),
				"same date of birth");
		// an initial for the forename
		assertMatched(register(body(p.forename().substring(0, 1), p.surname(), p.born(), "")), p.crn(),
				"forename initial matches");
		// hyphenated with another surname
		assertMatched(register(body(p.forename(), p.surname() + "-Okonkwo", p.born(), "")), p.crn(),
				"part of a hyphenated name");
		// misspelt: one letter doubled
		String misspelt = p.surname().substring(0, 3) + p.surname().charAt(2) + p.surname().substring(3);
		assertMatched(register(body(p.forename(), misspelt, p.born(), "")), p.crn(), "surname");

		// day and month of birth swapped
		OnFile early = onFile("and extract(day from p.date_of_birth) <= 12 "
				+ "and extract(day from p.date_of_birth) <> extract(month from p.date_of_birth)");
		LocalDate swapped = LocalDate.of(early.born().getYear(), early.born().getDayOfMonth(),
				early.born().getMonthValue());
		assertMatched(register(body(early.forename(), early.surname(), swapped, "")), early.crn(),
				"day and month swapped");

		// a true non-match: the same date of birth, nothing like the name
		assertThat(register(body("Zebedee", "Quarrington", p.born(), "")).status()).isEqualTo(201);

		// confirmed as someone else: registered, and the confirmation kept
		TestHttp.Response confirmed = register(
				body(p.forename(), p.surname(), p.born(), ", \"notADuplicateOf\": [\"" + p.crn() + "\"]"));
		assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(201);
		assertThat(jdbc.sql("""
				select o.crn from people.not_duplicate d join people.person p on p.id = d.person_id
				join people.person o on o.id = d.other_person_id where p.crn = :crn""")
			.param("crn", confirmed.json().get("crn").asString())
			.query(String.class)
			.single()
			.trim()).isEqualTo(p.crn());
	}

	@Test
	void badDetailsAreNamedFieldByFieldAndNothingIsWritten() {
		long before = jdbc.sql("select count(*) from people.person").query(Long.class).single();
		TestHttp.Response bad = register(
				"""
						{"forename": "", "surname": "Smith", "dateOfBirth": "%s", "gender": "SOMETIMES",
						 "pnc": "2011/0012345A", "email": "not-an-address", "textReminders": true,
						 "addresses": [{"line1": "1 Road", "town": "London", "postcode": "NOT A POSTCODE", "from": "2020-01-01"}]}"""
					.formatted(LocalDate.now(clock).minusYears(5)));
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.body()).contains("\"forename\"")
			.contains("\"dateOfBirth\"")
			.contains("\"gender\"")
			.contains("\"ethnicity\"")
			.contains("\"nationality\"")
			.contains("\"email\"")
			.contains("\"textReminders\"")
			.contains("\"address.postcode\"");
		if (!new org.openprobation.shared.PncNumber(2011, 12345).toString().endsWith("A")) {
			assertThat(bad.body()).contains("\"pnc\"");
		}
		assertThat(jdbc.sql("select count(*) from people.person").query(Long.class).single()).isEqualTo(before);
		assertThat(TestHttp.anonymous(port)
			.postJson("/api/v1/people", "unpaidwork", body("A", "B", LocalDate.of(1990, 1, 1), ""))
			.status()).isEqualTo(403);
	}

	@Test
	void anAdministratorOfNoProviderNamesTheProviderThatWillSuperviseThePerson() {
		String json = body("Ottoline", "Brackenbury", LocalDate.of(1979, 6, 2), "");
		TestHttp.Response unnamed = TestHttp.anonymous(port).postJson("/api/v1/people", "admin", json);
		assertThat(unnamed.status()).isEqualTo(400);
		assertThat(unnamed.body()).contains("\"providerCode\"");
		String code = jdbc.sql("select code from organisation.provider order by id limit 1")
			.query(String.class)
			.single();
		TestHttp.Response named = TestHttp.anonymous(port)
			.postJson("/api/v1/people", "admin", json.replaceFirst("\\{", "{\"providerCode\": \"" + code + "\", "));
		assertThat(named.status()).as(named.body()).isEqualTo(201);
		assertThat(jdbc.sql("""
				select o.code from people.person p join organisation.provider o on o.id = p.provider_id
				where p.crn = :crn""").param("crn", named.json().get("crn").asString()).query(String.class).single())
			.isEqualTo(code);
	}

	@Test
	void aMatchOnARestrictedCaseIsNeverShownToWhoeverMayNotSeeIt() {
		var restricted = jdbc.sql("""
				select p.crn, p.forename, p.surname, p.date_of_birth from people.person p where p.restricted
				and p.provider_id = (select provider_id from access.app_user where username = 'practitioner')
				and not exists (select 1 from access.case_restriction r where r.person_id = p.id
				                and r.username = 'practitioner')
				order by p.id limit 1""")
			.query((rs, n) -> new OnFile(rs.getString(1).trim(), rs.getString(2), rs.getString(3),
					rs.getObject(4, LocalDate.class), ""))
			.optional();
		if (restricted.isEmpty()) {
			jdbc.sql("update people.person set restricted = true where crn = :crn")
				.param("crn", onFile("").crn())
				.update();
		}
		OnFile r = restricted.orElseGet(() -> jdbc.sql("""
				select p.crn, p.forename, p.surname, p.date_of_birth from people.person p where p.restricted
				order by p.id limit 1""")
			.query((rs, n) -> new OnFile(rs.getString(1).trim(), rs.getString(2), rs.getString(3),
					rs.getObject(4, LocalDate.class), ""))
			.single());
		try {
			TestHttp.Response registered = register(body(r.forename(), r.surname(), r.born(), ""));
			assertThat(registered.status()).as(registered.body()).isEqualTo(201);
			assertThat(registered.body()).doesNotContain(r.crn());
			assertThat(jdbc
				.sql("select count(*) from access.audit_event where action = 'REGISTRATION_MATCHED_RESTRICTED' "
						+ "and crn = :crn and username = 'practitioner'")
				.param("crn", r.crn())
				.query(Long.class)
				.single()).isPositive();
		}
		finally {
			if (restricted.isEmpty()) {
				jdbc.sql("update people.person set restricted = false where crn = :crn").param("crn", r.crn()).update();
			}
		}
	}

	@Test
	void thePageChecksForDuplicatesKeepsWhatWasTypedAndOpensTheNewCase() {
		OnFile p = onFile("");
		TestHttp practitioner = TestHttp.signedIn(port, "practitioner");
		assertThat(practitioner.page("/people").body()).contains("id=\"register-person\"");
		assertThat(practitioner.page("/people/new").status()).isEqualTo(200);
		TestHttp.Response missing = practitioner.postFormFrom("/people/new", "/people",
				"forename=Ysolde&surname=&nationality=British&addressLine1=3+High+Street");
		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.body()).contains("govuk-error-summary")
			.contains("value=\"Ysolde\"")
			.contains("value=\"3 High Street\"")
			.contains("Enter the last name")
			.contains("Enter the town or city");

		String same = "forename=" + p.forename() + "&surname=" + p.surname() + "&dateOfBirth.day="
				+ p.born().getDayOfMonth() + "&dateOfBirth.month=" + p.born().getMonthValue() + "&dateOfBirth.year="
				+ p.born().getYear() + "&gender=MALE&ethnicity=NS&nationality=British";
		TestHttp.Response duplicate = practitioner.postFormFrom("/people/new", "/people", same);
		assertThat(duplicate.status()).isEqualTo(409);
		assertThat(duplicate.body()).contains("id=\"candidates\"")
			.contains("href=\"/cases/" + p.crn() + "\"")
			.contains("value=\"" + p.crn() + "\"");
		TestHttp.Response registered = practitioner.postFormFrom("/people/new", "/people",
				same + "&notADuplicateOf=" + p.crn());
		assertThat(registered.status()).as(registered.body()).isEqualTo(302);
		assertThat(registered.header("Location")).matches(".*/cases/[A-Z][0-9]{6}$");
		assertThat(TestHttp.signedIn(port, "unpaidwork").page("/people/new").status()).isEqualTo(403);
	}

}
