package org.openprobation.shared;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.annotation.BindParam;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Page forms bound to records: the GOV.UK date input, what was typed, and the problems in
 * field order.
 */
class FormsTest {

	private static final jakarta.validation.ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();

	private static final Validator VALIDATOR = FACTORY.getValidator();

	@AfterAll
	static void close() {
		FACTORY.close();
	}

	record ExampleForm(@NotBlank(message = "Select how it ended") @Nullable String outcome,
			@DateInput.Real(label = "date it ended") @Nullable DateInput on,
			@TimeInput.Real(label = "the start time", optional = true) @Nullable String start,
			@BindParam("session-reason") @Nullable String sessionReason, @Nullable Map<String, String> amount) {
	}

	private static BindingResult bound(ExampleForm form) {
		BindingResult binding = new BeanPropertyBindingResult(form, "form");
		new SpringValidatorAdapter(VALIDATOR).validate(form, binding);
		return binding;
	}

	@Test
	void anEmptyFormNamesEachRequiredFieldInTheOrderOfTheForm() {
		List<FieldProblem> problems = Forms.problems(bound(new ExampleForm("", null, "", null, null)));
		assertThat(problems).containsExactly(new FieldProblem("outcome", "Select how it ended"),
				new FieldProblem("on", "Enter the date it ended"));
	}

	@Test
	void anImpossibleDateOrTimeSaysSoInGovukWords() {
		List<FieldProblem> problems = Forms
			.problems(bound(new ExampleForm("COMPLETED", new DateInput("31", "2", "2026"), "25:00", null, null)));
		assertThat(problems).containsExactly(
				new FieldProblem("on", "The date it ended must be a real date, like 23 11 2026"),
				new FieldProblem("start", "Enter the start time as a 24-hour time, like 14:30"));
	}

	@Test
	void theDomainsOwnProblemsJoinInFieldOrderWithoutRepeatingAField() {
		BindingResult binding = bound(new ExampleForm("", new DateInput("1", "12", "2026"), "", null, null));
		List<FieldProblem> problems = Forms.problems(binding,
				List.of(new FieldProblem("on", "The date it ended must be today or in the past"),
						new FieldProblem("outcome", "A second message for the same field")));
		assertThat(problems).containsExactly(new FieldProblem("outcome", "Select how it ended"),
				new FieldProblem("on", "The date it ended must be today or in the past"));
	}

	@Test
	void whatWasTypedIsGivenBackUnderTheInputsNames() {
		Map<String, String> typed = Forms.typed(new ExampleForm("COMPLETED", new DateInput("31", "2", "2026"), " 9.05 ",
				"Unwell", Map.of("UNPAID_WORK", "80")));
		assertThat(typed).containsEntry("outcome", "COMPLETED")
			.containsEntry("on.day", "31")
			.containsEntry("on.month", "2")
			.containsEntry("on.year", "2026")
			.containsEntry("start", "9.05")
			.containsEntry("session-reason", "Unwell")
			.containsEntry("amount[UNPAID_WORK]", "80");
	}

	@Test
	void aDateInputReadsOnlyARealDate() {
		assertThat(new DateInput(" 7 ", "03", "2026").date()).isEqualTo(LocalDate.of(2026, 3, 7));
		assertThat(new DateInput("29", "2", "2025").date()).isNull();
		assertThat(new DateInput("1", "1", "26").date()).isNull();
		assertThat(DateInput.of(LocalDate.of(2026, 11, 23))).isEqualTo(new DateInput("23", "11", "2026"));
		assertThat(DateInput.date(null)).isNull();
	}

	@Test
	void aChoiceIsAConstantOrNothing() {
		assertThat(Forms.choice(" completed ", java.time.DayOfWeek.class)).isNull();
		assertThat(Forms.choice("monday", java.time.DayOfWeek.class)).isEqualTo(java.time.DayOfWeek.MONDAY);
		assertThat(Forms.choice("", java.time.DayOfWeek.class)).isNull();
		assertThat(Forms.yes("yes")).isTrue();
		assertThat(Forms.yes("true")).isTrue();
		assertThat(Forms.yes(null)).isFalse();
	}

}
