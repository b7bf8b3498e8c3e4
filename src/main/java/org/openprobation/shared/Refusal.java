package org.openprobation.shared;

import jakarta.validation.ConstraintValidatorContext;

/**
 * A constraint's refusal in its own words, taken literally (no message interpolation).
 */
final class Refusal {

	private Refusal() {
	}

	static boolean refuse(ConstraintValidatorContext context, String message) {
		context.disableDefaultConstraintViolation();
		context
			.buildConstraintViolationWithTemplate(
					message.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$"))
			.addConstraintViolation();
		return false;
	}

}
