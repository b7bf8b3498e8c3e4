package org.openprobation.assessment;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** An active registration (flag) with its dates and author. */
public record Registration(long id, RegistrationType type, @Nullable Integer mappaCategory,
		@Nullable Integer mappaLevel, LocalDate startDate, LocalDate nextReviewDate, String addedBy) {

	public boolean reviewOverdueOn(LocalDate date) {
		return nextReviewDate.isBefore(date);
	}

	public String label() {
		return type == RegistrationType.MAPPA ? "MAPPA category " + mappaCategory + ", level " + mappaLevel
				: type.label();
	}

}
