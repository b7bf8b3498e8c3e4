package org.openprobation.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * Text that must name a constant of {@link #value()}, in any case: for the keys of a map
 * in a request body, which JSON can only give as text.
 */
@Documented
@Target({ ElementType.TYPE_USE, ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = EnumName.Check.class)
public @interface EnumName {

	Class<? extends Enum<?>> value();

	String message() default "";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Check implements ConstraintValidator<EnumName, String> {

		private Enum<?>[] constants;

		/** The constants' names, for saying what may be given. */
		public static String names(Class<? extends Enum<?>> type) {
			return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
		}

		@Override
		public void initialize(EnumName annotation) {
			this.constants = annotation.value().getEnumConstants();
		}

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			if (value == null || Arrays.stream(constants)
				.anyMatch(c -> c.name().equals(value.strip().toUpperCase(Locale.ROOT)))) {
				return true;
			}
			return Refusal.refuse(context,
					"is not one of " + Arrays.stream(constants).map(Enum::name).collect(Collectors.joining(", ")));
		}

	}

}
