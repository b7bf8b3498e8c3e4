package org.openprobation.shared;

import java.time.DateTimeException;
import java.time.LocalTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A 24-hour time typed into a form ("14:30" or "9.05"), or a problem saying what to type.
 */
public final class TimeInput {

	private TimeInput() {
	}

	public static @Nullable LocalTime read(String typed, String field, String label, List<FieldProblem> problems) {
		if (typed.isEmpty()) {
			problems.add(new FieldProblem(field, "Enter " + label + ", like 14:30"));
			return null;
		}
		if (typed.matches("\\d{1,2}[:.]\\d{2}")) {
			try {
				String[] parts = typed.split("[:.]");
				return LocalTime.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
			}
			catch (DateTimeException ex) {
				// reported below
			}
		}
		problems.add(new FieldProblem(field, "Enter " + label + " as a 24-hour time, like 14:30"));
		return null;
	}

}
