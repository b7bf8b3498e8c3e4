package org.openprobation.shared;

import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** Every problem+json answer, from a controller or a filter, comes from one writer. */
class ProblemsTest {

	@Test
	void aFiltersProblemIsValidJsonEvenWhenTheDetailHasQuotes() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		Problems.write(response, HttpStatus.UNAUTHORIZED, "Your session \"ended\"\\ sign in again.");
		assertThat(response.getStatus()).isEqualTo(401);
		assertThat(response.getContentType()).startsWith("application/problem+json");
		JsonNode body = JsonMapper.builder().build().readTree(response.getContentAsString());
		assertThat(body.get("type").asString()).isEqualTo("about:blank");
		assertThat(body.get("title").asString()).isEqualTo("Unauthorized");
		assertThat(body.get("status").asInt()).isEqualTo(401);
		assertThat(body.get("detail").asString()).isEqualTo("Your session \"ended\"\\ sign in again.");
	}

	@Test
	void badInputNamesEachField() {
		var problem = Problems.of(HttpStatus.BAD_REQUEST, "The request has values that cannot be used.",
				List.of(new FieldProblem("sex", "must be one of MALE, FEMALE")));
		assertThat(problem.getStatus()).isEqualTo(400);
		assertThat(problem.getProperties()).containsKey("errors");
		assertThat(problem.getProperties().get("errors").toString()).contains("sex", "must be one of MALE, FEMALE");
	}

}
