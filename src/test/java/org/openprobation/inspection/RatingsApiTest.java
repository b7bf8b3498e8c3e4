package org.openprobation.inspection;

import org.junit.jupiter.api.Test;
import org.openprobation.IntegrationTest;
import org.openprobation.TestHttp;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Value;

import static org.assertj.core.api.Assertions.assertThat;

/** The stateless ratings API on the example request of inspection.md. */
@IntegrationTest
class RatingsApiTest {

	static final String EXAMPLE = """
			{"framework": "HMIP_2018_CRC",
			 "standards": {
			   "1.1": {"rating": "GOOD"}, "1.2": {"rating": "REQUIRES_IMPROVEMENT"}, "1.3": {"rating": "GOOD"}, "1.4": {"rating": "GOOD"},
			   "2.1": {"keyQuestions": {"2.1.1": {"relevant": 48, "yes": 41}, "2.1.2": {"relevant": 48, "yes": 35}, "2.1.3": {"relevant": 48, "yes": 23}}},
			   "2.2": {"keyQuestions": {"2.2.1": {"relevant": 48, "yes": 40}, "2.2.2": {"relevant": 48, "yes": 33}, "2.2.3": {"relevant": 47, "yes": 30}}},
			   "2.3": {"keyQuestions": {"2.3.1": {"relevant": 48, "yes": 36}, "2.3.2": {"relevant": 48, "yes": 31}, "2.3.3": {"relevant": 48, "yes": 29}}},
			   "2.4": {"keyQuestions": {"2.4.1": {"relevant": 40, "yes": 30}, "2.4.2": {"relevant": 40, "yes": 27}, "2.4.3": {"relevant": 40, "yes": 30}}},
			   "4.1": {"keyQuestions": {"4.1.1": {"relevant": 30, "yes": 24}, "4.1.2": {"relevant": 30, "yes": 21}, "4.1.3": {"relevant": 30, "yes": 22}}},
			   "4.2": {"keyQuestions": {"4.2.1": {"relevant": 25, "yes": 17}, "4.2.2": {"relevant": 25, "yes": 14}, "4.2.3": {"relevant": 25, "yes": 16}}}}}
			""";

	@Value("${local.server.port}")
	int port;

	@Test
	void theExampleIsRatedByThePublishedRules() {
		TestHttp.Response response = TestHttp.anonymous(port)
			.postJson("/api/v1/inspection/ratings", "inspector", EXAMPLE);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		JsonNode r = response.json();
		JsonNode s21 = r.get("standards").get("2.1");
		assertThat(s21.get("rating").asString()).isEqualTo("INADEQUATE");
		assertThat(s21.get("limitingKeyQuestion").asString()).isEqualTo("2.1.3");
		assertThat(s21.get("keyQuestions").get("2.1.1").get("band").asString()).isEqualTo("OUTSTANDING");
		assertThat(s21.get("keyQuestions").get("2.1.1").get("confidenceLow").asDouble()).isBetween(0.72, 0.73);
		assertThat(r.get("standards").get("2.4").get("rating").asString()).isEqualTo("GOOD");
		// 2.2.3: 30/47 = 63.8%, Requires improvement; 4.2.2: 14/25 = 56%
		assertThat(r.get("standards").get("2.2").get("rating").asString()).isEqualTo("REQUIRES_IMPROVEMENT");
		// judgements 2+1+2+2, cases 0+1+1+2, unpaid work 2 (21/30 = 70%), Through the
		// Gate 1
		assertThat(r.get("score").asInt()).isEqualTo(14);
		assertThat(r.get("overall").asString()).isEqualTo("REQUIRES_IMPROVEMENT");
	}

	@Test
	void badRequestsNameEachProblem() {
		String bad = EXAMPLE.replace("\"1.1\": {\"rating\": \"GOOD\"}, ", "")
			.replace("\"relevant\": 48, \"yes\": 41", "\"relevant\": 48, \"yes\": 49")
			.replace("\"4.2.3\"", "\"4.2.9\"");
		TestHttp.Response response = TestHttp.anonymous(port).postJson("/api/v1/inspection/ratings", "inspector", bad);
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.body()).contains("standards.1.1", "standards.2.1.keyQuestions.2.1.1",
				"standards.4.2.keyQuestions.4.2.9", "standards.4.2.keyQuestions.4.2.3");
		assertThat(TestHttp.anonymous(port)
			.postJson("/api/v1/inspection/ratings", "inspector", "{\"framework\":\"OFSTED\",\"standards\":{}}")
			.status()).isEqualTo(400);
	}

}
