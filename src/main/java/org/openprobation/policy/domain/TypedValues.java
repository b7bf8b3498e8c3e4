package org.openprobation.policy.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.openprobation.policy.PolicyField;
import org.openprobation.shared.FieldProblem;

/**
 * What a user typed for a policy, read as its values: each a whole number within the
 * field's range, and a reason (kept with the change) of at most 1,000 characters. Every
 * field is checked, so the page names each problem at once.
 *
 * @param numbers the values that could be read, by field name
 * @param problems what was wrong, by field
 */
public record TypedValues(Map<String, Integer> numbers, List<FieldProblem> problems) {

	public TypedValues {
		numbers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(numbers));
		problems = List.copyOf(problems);
	}

	/** Whether every field was read. */
	public boolean complete(List<PolicyField> fields) {
		return numbers.size() == fields.size();
	}

	public static TypedValues read(List<PolicyField> fields, Map<String, String> typed, @Nullable String reason) {
		List<FieldProblem> problems = new ArrayList<>();
		Map<String, Integer> numbers = new LinkedHashMap<>();
		for (PolicyField field : fields) {
			String value = typed.getOrDefault(field.name(), "").strip();
			if (!value.matches("\\d{1,6}")) {
				problems.add(new FieldProblem(field.name(), "Enter " + field.label().toLowerCase(java.util.Locale.ROOT)
						+ " as a whole number of " + field.unit()));
			}
			else if (Integer.parseInt(value) < field.min() || Integer.parseInt(value) > field.max()) {
				problems.add(new FieldProblem(field.name(),
						field.label() + " must be from " + field.min() + " to " + field.max() + " " + field.unit()));
			}
			else {
				numbers.put(field.name(), Integer.valueOf(value));
			}
		}
		if (reason == null || reason.isBlank()) {
			problems.add(new FieldProblem("reason", "Enter the reason for the change (it is kept with the change)"));
		}
		else if (reason.length() > 1000) {
			problems.add(new FieldProblem("reason", "The reason must be 1,000 characters or fewer"));
		}
		return new TypedValues(numbers, problems);
	}

}
