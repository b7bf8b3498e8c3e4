package org.openprobation.people;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A person as typed to register them, or to change their details: everything optional
 * here, so that what is missing or wrong is named field by field by the rule.
 */
public record NewPerson(@Nullable String forename, @Nullable String middleNames, @Nullable String surname,
		@Nullable LocalDate dateOfBirth, @Nullable String gender, @Nullable String ethnicity,
		@Nullable String disability, @Nullable String religion, @Nullable String nationality, @Nullable String pnc,
		@Nullable String phone, @Nullable String email, @Nullable String preferredChannel, boolean textReminders,
		boolean emailReminders, List<NewAddress> addresses, List<NewAlias> aliases) {

	public NewPerson {
		addresses = addresses == null ? List.of() : List.copyOf(addresses);
		aliases = aliases == null ? List.of() : List.copyOf(aliases);
	}

	/** An address with the dates the person lived there; the current one has no end. */
	public record NewAddress(@Nullable String line1, @Nullable String line2, @Nullable String town,
			@Nullable String postcode, @Nullable Long boroughId, @Nullable LocalDate from, @Nullable LocalDate to) {
	}

	/** Another name the person is or was known by. */
	public record NewAlias(@Nullable String forename, @Nullable String surname, @Nullable LocalDate dateOfBirth) {
	}

}
