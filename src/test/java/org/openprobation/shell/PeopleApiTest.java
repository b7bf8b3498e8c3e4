package org.openprobation.shell;

import org.junit.jupiter.api.Test;
import org.openprobation.IntegrationTest;
import org.openprobation.TestHttp;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class PeopleApiTest {

	@Value("${local.server.port}")
	int port;

	@Autowired
	JdbcClient jdbc;

	private TestHttp http() {
		return TestHttp.anonymous(port);
	}

	@Test
	void theOrganisationSummaryReportsLondon() {
		TestHttp.Response response = http().get("/api/v1/organisation/summary", "admin");
		assertThat(response.status()).isEqualTo(200);
		JsonNode summary = response.json();
		// cases other tests transferred to the NPS are no longer supervised here
		long transferredOut = jdbc.sql("select count(*) from people.person where transferred_out_on is not null")
			.query(Long.class)
			.single();
		long ended = jdbc.sql(org.openprobation.demo.LondonDemoDataTest.ENDED_TODAY_BY_OTHER_TESTS)
			.query(Long.class)
			.single();
		assertThat(summary.get("peopleUnderSupervision").asLong()).isEqualTo(29_473 - transferredOut - ended);
		assertThat(summary.get("areas").asInt()).isEqualTo(5);
		assertThat(summary.get("boroughs").asInt()).isEqualTo(33);
		assertThat(summary.get("offices").asInt()).isEqualTo(25);
		assertThat(summary.get("providers").asInt()).isEqualTo(1);
		assertThat(summary.get("practitioners").asInt()).isEqualTo(520);
		assertThat(summary.get("teams").asInt()).isPositive();
	}

	@Test
	void searchingForAnExistingCrnReturnsExactlyThatPerson() {
		String crn = jdbc.sql("select crn from people.person order by id offset 1000 limit 1")
			.query(String.class)
			.single();
		JsonNode page = http().get("/api/v1/people?q=" + crn.toLowerCase(), "practitioner").json();
		assertThat(page.get("totalElements").asLong()).isEqualTo(1);
		assertThat(page.get("content").get(0).get("crn").asString()).isEqualTo(crn);
		assertThat(page.get("content").get(0).has("name")).isTrue();
		assertThat(page.get("content").get(0).has("dateOfBirth")).isTrue();
	}

	@Test
	void anEmptySearchListsEveryoneTheUserMaySeeInPages() {
		JsonNode page = http().get("/api/v1/people?q=&page=2&size=200", "quality").json();
		assertThat(page.get("totalElements").asLong()).isEqualTo(29_473);
		assertThat(page.get("page").asInt()).isEqualTo(2);
		assertThat(page.get("size").asInt()).isEqualTo(200);
		assertThat(page.get("content")).hasSize(200);
	}

	@Test
	void aPartialSurnameFindsPeopleCaseInsensitively() {
		long expected = jdbc
			.sql("""
					select count(*) from people.person p where lower(p.surname) like 'okon%' or lower(p.forename) like 'okon%'
					   or lower(p.middle_names) like 'okon%'
					   or exists (select 1 from people.alias a where a.person_id = p.id
					              and (lower(a.surname) like 'okon%' or lower(a.forename) like 'okon%'))
					""")
			.query(Long.class)
			.single();
		JsonNode page = http().get("/api/v1/people?q=OKON", "admin").json();
		assertThat(expected).isPositive();
		assertThat(page.get("totalElements").asLong()).isEqualTo(expected);
	}

	@Test
	void aSurnameAsTypedComesFirstApostrophesHyphensAndSpacesAlike() {
		record Named(long id, String surname) {
		}
		java.util.List<Named> people = jdbc.sql("""
				select id, surname from people.person where not restricted order by crn offset 20 limit 3""")
			.query((rs, n) -> new Named(rs.getLong(1), rs.getString(2)))
			.list();
		String[] given = { "Dquillfeatherson", "D'Quillfeather", "D’Quillfeather-Byrne" };
		try {
			for (int i = 0; i < 3; i++) {
				jdbc.sql("update people.person set surname = :s where id = :id")
					.param("s", given[i])
					.param("id", people.get(i).id())
					.update();
			}
			for (String typed : new String[] { "D'Quillfeather", "D’Quillfeather", "DQuillfeather",
					"d quillfeather" }) {
				JsonNode page = http().get("/api/v1/people?q=" + TestHttp.encode(typed) + "&size=200", "admin").json();
				java.util.List<String> names = new java.util.ArrayList<>();
				page.get("content").forEach(p -> names.add(p.get("name").asString()));
				assertThat(names).as(typed)
					.hasSize(3)
					.anyMatch(n -> n.endsWith(" Dquillfeatherson"))
					.anyMatch(n -> n.endsWith(" D’Quillfeather-Byrne"));
				assertThat(names.get(0)).as(typed).endsWith(" D'Quillfeather");
				// every surname that is what was typed before any that only begins with
				// it
				int lastExact = -1;
				int firstOther = names.size();
				for (int i = 0; i < names.size(); i++) {
					if (names.get(i).endsWith(" D'Quillfeather")) {
						lastExact = i;
					}
					else {
						firstOther = Math.min(firstOther, i);
					}
				}
				assertThat(lastExact).as(typed).isLessThan(firstOther);
			}
		}
		finally {
			for (Named person : people) {
				jdbc.sql("update people.person set surname = :s where id = :id")
					.param("s", person.surname())
					.param("id", person.id())
					.update();
			}
		}
	}

	@Test
	void aPersonsCaseHasSentencesRequirementsAndResponsibleOfficer() {
		String crn = jdbc.sql("""
				select p.crn from people.person p join sentences.sentence s on s.person_id = p.id
				join sentences.requirement r on r.sentence_id = s.id where s.status = 'ACTIVE' order by p.id limit 1
				""").query(String.class).single();
		TestHttp.Response response = http().get("/api/v1/people/" + crn, "practitioner");
		assertThat(response.status()).isEqualTo(200);
		JsonNode person = response.json();
		assertThat(person.get("crn").asString()).isEqualTo(crn);
		assertThat(person.get("responsibleOfficer").get("name").asString()).isNotBlank();
		assertThat(person.get("officerHistory").size()).isPositive();
		JsonNode sentence = person.get("sentences").get(0);
		assertThat(sentence.get("status").asString()).isEqualTo("ACTIVE");
		assertThat(sentence.get("requirements").get(0).get("kind").asString()).isNotBlank();
		assertThat(sentence.get("requirements").get(0).has("amountDone")).isTrue();
	}

	@Test
	void badInputGetsProblemJsonNamingEachField() {
		TestHttp.Response response = http().get("/api/v1/people?q=" + "a".repeat(10_000) + "&page=abc&size=500",
				"admin");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		JsonNode errors = response.json().get("errors");
		assertThat(errors.findValuesAsString("field")).containsExactly("q", "page", "size");
		assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
	}

	@Test
	void htmlAndQuotesInANameSearchAreHarmless() {
		TestHttp.Response names = http().get("/api/v1/people?q=" + TestHttp.encode("<b>\"O'Brien\"</b>"), "admin");
		assertThat(names.status()).isEqualTo(200);
		assertThat(names.body()).doesNotContain("<b>");
		TestHttp.Response tooMany = http()
			.get("/api/v1/people?q=" + TestHttp.encode("<script>alert('x')</script> \"O'Brien\""), "admin");
		assertThat(tooMany.status()).isEqualTo(400);
		assertThat(tooMany.body()).contains("no more than 4 names").doesNotContain("<script>");
	}

	@Test
	void anUnknownOrMalformedCrnIsNotFoundWithoutEchoingIt() {
		TestHttp.Response unknown = http().get("/api/v1/people/Z999999", "admin");
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.contentType()).startsWith("application/problem+json");
		TestHttp.Response malformed = http().get("/api/v1/people/" + TestHttp.encode("<b>x"), "admin");
		assertThat(malformed.status()).isEqualTo(404);
		assertThat(malformed.body()).doesNotContain("<b>");
	}

	@Test
	void theApiIsDescribedByOpenApi() {
		TestHttp.Response docs = http().get("/v3/api-docs", "admin");
		assertThat(docs.status()).isEqualTo(200);
		assertThat(docs.json().get("paths").has("/api/v1/people/{crn}")).isTrue();
		assertThat(docs.json().get("paths").has("/api/v1/organisation/summary")).isTrue();
	}

}
