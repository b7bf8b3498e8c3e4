package org.openprobation.assessment;

import java.net.URI;
import java.net.http.HttpRequest;

import org.junit.jupiter.api.Test;
import org.openprobation.IntegrationTest;
import org.openprobation.TestHttp;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

@IntegrationTest
class CalculatorsApiTest {

	@Value("${local.server.port}")
	int port;

	private TestHttp.Response post(String path, String json) {
		return TestHttp.anonymous(port)
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("Authorization", "Basic cHJhY3RpdGlvbmVyOmRlbW8=")
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(json))
				.build());
	}

	@Test
	void ogrs3AnswersAsTheExamplesSay() {
		int n = 0;
		for (JsonNode example : Ogrs3Test.examples("ogrs3.json")) {
			if (n++ % 100 != 0) {
				continue;
			}
			TestHttp.Response response = post("/api/v1/calculators/ogrs3", example.get("input").toString());
			assertThat(response.status()).isEqualTo(200);
			JsonNode answer = response.json();
			JsonNode expect = example.get("expect");
			assertThat(answer.get("oneYear").asDouble()).isCloseTo(expect.get("oneYear").asDouble(), within(1e-9));
			assertThat(answer.get("twoYear").asDouble()).isCloseTo(expect.get("twoYear").asDouble(), within(1e-9));
			assertThat(answer.get("oneYearPercent").asInt()).isEqualTo(expect.get("oneYearPercent").asInt());
			assertThat(answer.get("twoYearPercent").asInt()).isEqualTo(expect.get("twoYearPercent").asInt());
			assertThat(answer.get("band").asString()).isEqualTo(expect.get("band").asString());
		}
	}

	@Test
	void ogrs3AcceptsTheAgeAtFirstSanctionAndDefaultsTheRiskDate() {
		TestHttp.Response response = post("/api/v1/calculators/ogrs3", """
				{"sex":"MALE","dateOfBirth":"1975-04-29","convictionDate":"2009-02-19","ageAtFirstSanction":17,
				 "previousSanctions":21,"offenceCategory":"DRUG_IMPORT_EXPORT_PRODUCTION"}
				""");
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().get("band").asString()).isNotBlank();
	}

	@Test
	void ogrs3NamesEveryBadField() {
		TestHttp.Response response = post("/api/v1/calculators/ogrs3", """
				{"sex":"X","dateOfBirth":"1990-02-30","convictionDate":"2019-01-01","dateOfFirstSanction":"2020-01-01",
				 "previousSanctions":-1,"offenceCategory":"SHOPLIFTING","colour":"blue"}
				""");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().get("errors").findValuesAsString("field")).contains("sex", "dateOfBirth",
				"previousSanctions", "offenceCategory", "colour");
	}

	@Test
	void ogrs3RefusesAFirstSanctionAfterTheConviction() {
		TestHttp.Response response = post("/api/v1/calculators/ogrs3",
				"""
						{"sex":"FEMALE","dateOfBirth":"1990-01-01","convictionDate":"2019-01-01","dateOfFirstSanction":"2020-01-01",
						 "previousSanctions":3,"offenceCategory":"VIOLENCE"}
						""");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("errors").findValuesAsString("field")).containsExactly("dateOfFirstSanction");
	}

	@Test
	void tierAnswersAsTheScenariosSay() {
		int n = 0;
		for (JsonNode example : Ogrs3Test.examples("tiering-v2.json")) {
			if (n++ % 6 != 0) {
				continue;
			}
			TestHttp.Response response = post("/api/v1/calculators/tier", example.get("input").toString());
			assertThat(response.status()).as(example.get("scenario").asString()).isEqualTo(200);
			JsonNode answer = response.json();
			example.get("expect")
				.properties()
				.forEach(e -> assertThat(answer.get(e.getKey()).asString())
					.as(example.get("scenario").asString() + ": " + e.getKey())
					.isEqualTo(e.getValue().asString()));
			assertThat(answer.get("tier").asString()).matches("[A-D][0-3]S?");
		}
	}

	@Test
	void tierRefusesUnknownFactorAndNeedNames() {
		TestHttp.Response response = post("/api/v1/calculators/tier", """
				{"sex":"MALE","roshLevel":"HIGH","complexityFactors":["MENTAL_HEALTH","CARROTS"],
				 "needs":{"ACCOMMODATION":"SEVERE","GARDENING":"STANDARD","ATTITUDES":"VERY"}}
				""");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("errors").findValuesAsString("field")).contains("complexityFactors[1]",
				"needs.GARDENING", "needs.ATTITUDES");
	}

	@Test
	void aBodyThatIsNotJsonIsABadRequest() {
		TestHttp.Response response = post("/api/v1/calculators/tier", "<tier>B2</tier>");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.body()).doesNotContain("<tier>");
	}

}
