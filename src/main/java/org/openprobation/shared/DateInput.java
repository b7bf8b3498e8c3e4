package org.openprobation.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.DateTimeException;
import java.time.LocalDate;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.jspecify.annotations.Nullable;

/**
 * A GOV.UK date input as typed: three boxes, bound from {@code name.day},
 * {@code name.month} and {@code name.year} into a form record and shown again as they
 * were. {@link Real} on the form's component gives the GOV.UK messages for a missing or
 * impossible date.
 */
public record DateInput(@Nullable String day, @Nullable String month, @Nullable String year) {

	public static final DateInput EMPTY = new DateInput("", "", "");

	public static DateInput of(@Nullable LocalDate date) {
		return date == null ? EMPTY : new DateInput(String.valueOf(date.getDayOfMonth()),
				String.valueOf(date.getMonthValue()), String.valueOf(date.getYear()));
	}

	public boolean blank() {
		return isBlank(day) && isBlank(month) && isBlank(year);
	}

	/** The date, when what was typed is a real one. */
	public @Nullable LocalDate date() {
		String d = strip(day);
		String m = strip(month);
		String y = strip(year);
		if (d.matches("\\d{1,2}") && m.matches("\\d{1,2}") && y.matches("\\d{4}")) {
			try {
				return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
			}
			catch (DateTimeException ex) {
				return null;
			}
		}
		return null;
	}

	/**
	 * The date of a form's input, which {@link Real} has checked; null when left empty.
	 */
	public static @Nullable LocalDate date(@Nullable DateInput input) {
		return input == null ? null : input.date();
	}

	private static boolean isBlank(@Nullable String typed) {
		return typed == null || typed.isBlank();
	}

	private static String strip(@Nullable String typed) {
		return typed == null ? "" : typed.strip();
	}

	/**
	 * A real date: "Enter the {label}" when all three boxes are empty (unless optional),
	 * "The {label} must be a real date, like 23 11 2026" otherwise.
	 */
	@Documented
	@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
	@Retention(RetentionPolicy.RUNTIME)
	@Constraint(validatedBy = Real.Check.class)
	public @interface Real {

		/** What the date is, in words that follow "the": "date it ended". */
		String label();

		boolean optional() default false;

		String message() default "";

		Class<?>[] groups() default {};

		Class<? extends Payload>[] payload() default {};

		class Check implements ConstraintValidator<Real, DateInput> {

			private String label = "date";

			private boolean optional;

			@Override
			public void initialize(Real annotation) {
				this.label = annotation.label();
				this.optional = annotation.optional();
			}

			@Override
			public boolean isValid(@Nullable DateInput input, ConstraintValidatorContext context) {
				String message;
				if (input == null || input.blank()) {
					if (optional) {
						return true;
					}
					message = "Enter the " + label;
				}
				else if (input.date() == null) {
					message = "The " + label + " must be a real date, like 23 11 2026";
				}
				else {
					return true;
				}
				return Refusal.refuse(context, message);
			}

		}

	}

}
