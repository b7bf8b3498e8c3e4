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

	/** The time typed, when it is a real 24-hour time. */
	public static @Nullable LocalTime parse(@Nullable String typed) {
		if (typed != null && typed.strip().matches("\\d{1,2}[:.]\\d{2}")) {
			try {
				String[] parts = typed.strip().split("[:.]");
				return LocalTime.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
			}
			catch (DateTimeException ex) {
				return null;
			}
		}
		return null;
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

	/**
	 * A real 24-hour time: "Enter {label}, like 14:30" when empty (unless optional),
	 * "Enter {label} as a 24-hour time, like 14:30" otherwise.
	 */
	@java.lang.annotation.Documented
	@java.lang.annotation.Target({ java.lang.annotation.ElementType.FIELD, java.lang.annotation.ElementType.PARAMETER,
			java.lang.annotation.ElementType.RECORD_COMPONENT, java.lang.annotation.ElementType.METHOD })
	@java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
	@jakarta.validation.Constraint(validatedBy = Real.Check.class)
	public @interface Real {

		/** What the time is, with its article: "the start time". */
		String label();

		boolean optional() default false;

		String message() default "";

		Class<?>[] groups() default {};

		Class<? extends jakarta.validation.Payload>[] payload() default {};

		class Check implements jakarta.validation.ConstraintValidator<Real, String> {

			private String label = "the time";

			private boolean optional;

			@Override
			public void initialize(Real annotation) {
				this.label = annotation.label();
				this.optional = annotation.optional();
			}

			@Override
			public boolean isValid(@Nullable String typed, jakarta.validation.ConstraintValidatorContext context) {
				String message;
				if (typed == null || typed.isBlank()) {
					if (optional) {
						return true;
					}
					message = "Enter " + label + ", like 14:30";
				}
				else if (parse(typed) == null) {
					message = "Enter " + label + " as a 24-hour time, like 14:30";
				}
				else {
					return true;
				}
				return Refusal.refuse(context, message);
			}

		}

	}

}
