package org.openprobation.people;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A person as shown in a list: who they are and who holds their case. */
public record PersonSummary(long id, String crn, String forename, String surname, LocalDate dateOfBirth, Gender gender,
		@Nullable String pnc, long providerId, @Nullable Long officerStaffId) {

	public String name() {
		return forename + " " + surname;
	}

	/** Surname first, as case lists sort. */
	public String listName() {
		return surname + ", " + forename;
	}

}
