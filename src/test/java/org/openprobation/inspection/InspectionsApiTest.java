package org.openprobation.inspection;

import org.junit.jupiter.api.Test;
import org.openprobation.IntegrationTest;
import org.openprobation.TestHttp;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Value;

import static org.assertj.core.api.Assertions.assertThat;

/** The inspections API contract: create and draw, answer, results. */
@IntegrationTest
class InspectionsApiTest {

	@Value("${local.server.port}")
	int port;

	private TestHttp http() {
		return TestHttp.anonymous(port);
	}

	@Test
	void anInspectorDrawsASampleAnswersACaseAndReadsTheResults() {
		TestHttp.Response created = http().postJson("/api/v1/inspections", "inspector",
				"{\"size\": 10, \"sizeReason\": \"pilot\", \"bufferPercent\": 0, \"seed\": 99, \"confidence\": 0.8}");
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		JsonNode inspection = created.json();
		long id = inspection.get("id").asLong();
		assertThat(created.header("Location")).endsWith("/api/v1/inspections/" + id);
		assertThat(inspection.get("cases").size()).isEqualTo(10);
		assertThat(inspection.get("strata").size()).isEqualTo(5);
		assertThat(inspection.get("seed").asLong()).isEqualTo(99);
		assertThat(inspection.get("trail").size()).isGreaterThan(3);
		String crn = inspection.get("cases").get(0).get("crn").asString();

		TestHttp.Response answered = http().postJson("/api/v1/inspections/" + id + "/cases/" + crn + "/answers",
				"inspector", "{\"answers\": {\"2.1.1\": {\"answer\": \"YES\", \"note\": \"Motivation explored\"},"
						+ " \"2.1.2\": {\"answer\": \"NO\"}, \"2.1.3\": {\"answer\": \"NOT_APPLICABLE\"}}}");
		assertThat(answered.status()).as(answered.body()).isEqualTo(200);
		assertThat(answered.json().get("saved").asInt()).isEqualTo(3);

		TestHttp.Response results = http().get("/api/v1/inspections/" + id + "/results", "inspector");
		assertThat(results.status()).as(results.body()).isEqualTo(200);
		JsonNode r = results.json();
		assertThat(r.get("keyQuestions").get("2.1.1").get("yes").asInt()).isEqualTo(1);
		assertThat(r.get("keyQuestions").get("2.1.1").get("percent").asInt()).isEqualTo(100);
		assertThat(r.get("keyQuestions").get("2.1.2").get("no").asInt()).isEqualTo(1);
		assertThat(r.get("keyQuestions").get("2.1.3").get("notApplicable").asInt()).isEqualTo(1);
		assertThat(r.get("standards").get("2.1").get("rating").isNull()).isTrue();
		assertThat(r.get("standards").get("2.1").get("notRatedBecause").asString()).contains("2.1.3");
		assertThat(r.get("overall").isNull()).isTrue();
		assertThat(http().get("/api/v1/inspections/" + id, "inspector").json().get("id").asLong()).isEqualTo(id);
	}

	@Test
	void badInputIsRefusedNamingEachField() {
		TestHttp.Response bad = http().postJson("/api/v1/inspections", "inspector",
				"{\"confidence\": 1.5, \"margin\": \"wide\", \"bufferPercent\": 500, \"unknown\": 1}");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.contentType()).startsWith("application/problem+json");
		assertThat(bad.body()).contains("confidence", "margin", "bufferPercent", "unknown");
		TestHttp.Response tooBig = http().postJson("/api/v1/inspections", "inspector",
				"{\"size\": 999999, \"sizeReason\": \"all\"}");
		assertThat(tooBig.status()).isEqualTo(400);
		assertThat(tooBig.body()).contains("larger than the");
		TestHttp.Response created = http().postJson("/api/v1/inspections", "inspector",
				"{\"size\": 5, \"sizeReason\": \"pilot\", \"bufferPercent\": 0, \"seed\": 1}");
		long id = created.json().get("id").asLong();
		TestHttp.Response outside = http().postJson("/api/v1/inspections/" + id + "/cases/X000000/answers", "inspector",
				"{\"answers\": {\"2.1.1\": {\"answer\": \"YES\"}}}");
		assertThat(outside.status()).isEqualTo(400);
		assertThat(outside.body()).contains("not in the sample");
		assertThat(http().postJson("/api/v1/inspections", "practitioner", "{}").status()).isEqualTo(403);
		assertThat(http().get("/api/v1/inspections/" + id + "/results", "practitioner").status()).isEqualTo(403);
		assertThat(http().get("/api/v1/inspections/999999999/results", "inspector").status()).isEqualTo(404);
	}

}
