package org.openprobation.shell.api;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openprobation.shared.BadRequest;
import org.openprobation.shared.FieldProblem;
import org.openprobation.shared.RequestBodies;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * While a request body is read, every value that cannot be read is noted with its path
 * and read as absent, so one answer names every bad field; at any other time Jackson
 * fails as it always did.
 */
class RequestBodyBindingTest {

	enum Colour {

		RED, GREEN

	}

	record Item(@Nullable Colour colour, @Nullable Integer count) {
	}

	record ExampleRequest(@Nullable Colour colour, @Nullable LocalDate on, @Nullable Integer count,
			@Nullable Boolean flag, @Nullable List<Colour> colours, @Nullable List<Item> items) {
	}

	private final JsonMapper json = JsonMapper.builder()
		.addHandler(new RequestBodyBinding.CollectingProblemHandler())
		.build();

	@BeforeEach
	void request() {
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
	}

	@AfterEach
	void noRequest() {
		RequestContextHolder.resetRequestAttributes();
	}

	private List<FieldProblem> problemsReading(String body) {
		RequestBodies.startReading();
		ExampleRequest read = json.readValue(body, ExampleRequest.class);
		RequestBodies.finishReading(List.of());
		try {
			RequestBodies.checked(read);
			return List.of();
		}
		catch (BadRequest bad) {
			return bad.problems();
		}
	}

	@Test
	void everyValueThatCannotBeReadIsNamedByItsPath() {
		List<FieldProblem> problems = problemsReading("""
				{"colour": "BLUE", "on": "2026-02-30", "count": "many", "flag": "perhaps",
				 "colours": ["RED", "PURPLE"], "items": [{"colour": "RED"}, {"count": {"a": 1}}], "size": 3}
				""");
		assertThat(problems).extracting(FieldProblem::field)
			.containsExactlyInAnyOrder("colour", "on", "count", "flag", "colours[1]", "items[1].count", "size");
		assertThat(problems).contains(new FieldProblem("colour", "must be one of RED, GREEN"),
				new FieldProblem("on", "must be a real date as YYYY-MM-DD"),
				new FieldProblem("size", "is not a field of this request"));
	}

	@Test
	void aGoodBodyReadsWhole() {
		assertThat(problemsReading("""
				{"colour": "GREEN", "on": "2026-12-06", "count": 3, "colours": ["RED"]}
				""")).isEmpty();
	}

	@Test
	void outsideTheReadingOfABodyJacksonFailsAsUsual() {
		assertThatThrownBy(() -> json.readValue("{\"colour\": \"BLUE\"}", ExampleRequest.class))
			.isInstanceOf(MismatchedInputException.class);
		RequestBodies.startReading();
		json.readValue("{}", ExampleRequest.class);
		RequestBodies.finishReading(List.of());
		assertThatThrownBy(() -> json.readValue("{\"colour\": \"BLUE\"}", ExampleRequest.class))
			.isInstanceOf(MismatchedInputException.class);
	}

	@Test
	void aBodyOfAnotherShapeIsNamedAsTheBody() {
		RequestBodies.startReading();
		assertThat(json.readValue("[]", ExampleRequest.class)).isNull();
		RequestBodies.finishReading(List.of());
		assertThatThrownBy(() -> RequestBodies.checked(null)).isInstanceOf(BadRequest.class)
			.extracting(e -> ((BadRequest) e).problems())
			.isEqualTo(List.of(new FieldProblem("body", "must be an object")));
	}

	@Test
	void aMissingBodyIsABadRequestNamingTheBody() {
		assertThatThrownBy(() -> RequestBodies.checked(null)).isInstanceOf(BadRequest.class)
			.extracting(e -> ((BadRequest) e).problems().get(0).field())
			.isEqualTo("body");
	}

}
