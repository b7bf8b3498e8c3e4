package org.openprobation.assessment;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The tier's factors for women as last assessed: parenting or caring responsibilities,
 * problems with impulsivity or temper control, and the date of a breach or recall on a
 * current sentence (it counts for a year).
 */
public record WomenFactorsRecord(boolean parentingResponsibilities, boolean impulsivityOrTemper,
		@Nullable LocalDate breachOrRecallOn, LocalDate assessedOn, String author) {

	public boolean breachOrRecallWithinYearOf(LocalDate date) {
		return breachOrRecallOn != null && !breachOrRecallOn.isBefore(date.minusYears(1))
				&& !breachOrRecallOn.isAfter(date);
	}

}
