package org.openprobation.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Reads a GOV.UK date input (fields {@code name-day}, {@code name-month},
 * {@code name-year}) from what was typed, adding the GOV.UK messages for a missing or
 * impossible date.
 */
public final class DateInput {

	private DateInput() {
	}

	public static @Nullable LocalDate read(Map<String, String> typed, String field, String label,
			List<FieldProblem> problems) {
		String day = typed.getOrDefault(field + "-day", "");
		String month = typed.getOrDefault(field + "-month", "");
		String year = typed.getOrDefault(field + "-year", "");
		if (day.isEmpty() && month.isEmpty() && year.isEmpty()) {
			problems.add(new FieldProblem(field, "Enter the " + label));
			return null;
		}
		if (day.matches("\\d{1,2}") && month.matches("\\d{1,2}") && year.matches("\\d{4}")) {
			try {
				return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
			}
			catch (DateTimeException ex) {
				// an impossible date: reported below
			}
		}
		problems.add(new FieldProblem(field, "The " + label + " must be a real date, like 23 11 2026"));
		return null;
	}

}
