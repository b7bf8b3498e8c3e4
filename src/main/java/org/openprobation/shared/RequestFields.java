package org.openprobation.shared;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads a JSON request field by field, collecting a problem for every field that is
 * missing or wrong, so the answer names each one instead of stopping at the first.
 */
public final class RequestFields {

	private final JsonNode body;

	private final List<FieldProblem> problems = new ArrayList<>();

	public RequestFields(@Nullable JsonNode body, Set<String> allowed) {
		this.body = body;
		if (body == null || !body.isObject()) {
			problems.add(new FieldProblem("body", "must be a JSON object"));
			return;
		}
		body.propertyNames().forEach(name -> {
			if (!allowed.contains(name)) {
				problems.add(new FieldProblem(name, "is not a field of this request"));
			}
		});
	}

	public boolean hasProblems() {
		return !problems.isEmpty();
	}

	public void problem(String field, String message) {
		problems.add(new FieldProblem(field, message));
	}

	/** Throws {@link BadRequest} naming every problem found so far. */
	public void check() {
		if (!problems.isEmpty()) {
			throw new BadRequest(problems);
		}
	}

	public @Nullable JsonNode node(String field) {
		if (body == null || !body.isObject()) {
			return null;
		}
		JsonNode value = body.get(field);
		return (value == null || value.isNull()) ? null : value;
	}

	public <E extends Enum<E>> @Nullable E enumValue(String field, Class<E> type, boolean required) {
		JsonNode value = node(field);
		if (value == null) {
			if (required) {
				problems.add(new FieldProblem(field, "is required: one of " + names(type)));
			}
			return null;
		}
		return enumOf(field, value, type);
	}

	public <E extends Enum<E>> @Nullable E enumOf(String field, JsonNode value, Class<E> type) {
		if (value.isString()) {
			try {
				return Enum.valueOf(type, value.asString().strip().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				// reported below
			}
		}
		problems.add(new FieldProblem(field, "must be one of " + names(type)));
		return null;
	}

	public @Nullable LocalDate date(String field, boolean required) {
		JsonNode value = node(field);
		if (value == null) {
			if (required) {
				problems.add(new FieldProblem(field, "is required: a date as YYYY-MM-DD"));
			}
			return null;
		}
		try {
			if (value.isString()) {
				return LocalDate.parse(value.asString());
			}
		}
		catch (DateTimeParseException ex) {
			// reported below
		}
		problems.add(new FieldProblem(field, "must be a real date as YYYY-MM-DD"));
		return null;
	}

	public java.time.@Nullable LocalTime time(String field, boolean required) {
		JsonNode value = node(field);
		if (value == null) {
			if (required) {
				problems.add(new FieldProblem(field, "is required: a time as HH:MM"));
			}
			return null;
		}
		try {
			if (value.isString()) {
				return java.time.LocalTime.parse(value.asString());
			}
		}
		catch (DateTimeParseException ex) {
			// reported below
		}
		problems.add(new FieldProblem(field, "must be a real time as HH:MM"));
		return null;
	}

	public java.time.@Nullable LocalDateTime dateTime(String field) {
		JsonNode value = node(field);
		if (value == null) {
			problems.add(new FieldProblem(field, "is required: a date and time as YYYY-MM-DDTHH:MM"));
			return null;
		}
		try {
			if (value.isString()) {
				return java.time.LocalDateTime.parse(value.asString());
			}
		}
		catch (DateTimeParseException ex) {
			// reported below
		}
		problems.add(new FieldProblem(field, "must be a real date and time as YYYY-MM-DDTHH:MM"));
		return null;
	}

	public @Nullable Integer wholeNumber(String field, int min, int max, boolean required) {
		JsonNode value = node(field);
		if (value == null) {
			if (required) {
				problems.add(new FieldProblem(field, "is required: a whole number"));
			}
			return null;
		}
		if (value.isIntegralNumber() && value.canConvertToInt() && value.asInt() >= min && value.asInt() <= max) {
			return value.asInt();
		}
		problems.add(new FieldProblem(field, "must be a whole number from " + min + " to " + max));
		return null;
	}

	public @Nullable BigDecimal decimal(String field, BigDecimal min, BigDecimal max) {
		JsonNode value = node(field);
		if (value == null) {
			return null;
		}
		if (value.isNumber() && value.decimalValue().compareTo(min) >= 0 && value.decimalValue().compareTo(max) <= 0) {
			return value.decimalValue();
		}
		problems.add(new FieldProblem(field, "must be a number from " + min + " to " + max));
		return null;
	}

	/** Text of at most {@code maxLength} characters, stripped; null when absent. */
	public @Nullable String text(String field, int maxLength, boolean required) {
		JsonNode value = node(field);
		if (value == null || (value.isString() && value.asString().isBlank())) {
			if (required) {
				problems.add(new FieldProblem(field, "is required"));
			}
			return null;
		}
		if (!value.isString()) {
			problems.add(new FieldProblem(field, "must be text"));
			return null;
		}
		if (value.asString().length() > maxLength) {
			problems.add(new FieldProblem(field, "must be " + maxLength + " characters or fewer"));
			return null;
		}
		return value.asString().strip();
	}

	public boolean flag(String field) {
		return flag(node(field), field);
	}

	public boolean flag(@Nullable JsonNode value, String field) {
		if (value == null) {
			return false;
		}
		if (value.isBoolean()) {
			return value.asBoolean();
		}
		problems.add(new FieldProblem(field, "must be true or false"));
		return false;
	}

	public static <E extends Enum<E>> String names(Class<E> type) {
		return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
	}

}
