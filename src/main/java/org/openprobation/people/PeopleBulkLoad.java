package org.openprobation.people;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** Loads many people at once (the demo generator), with explicit ids, by COPY. */
public interface PeopleBulkLoad {

	void load(Batch batch);

	/** Called once after the last batch, so later inserts get fresh ids. */
	void finish();

	record Batch(List<Person> people, List<AliasRow> aliases, List<AddressRow> addresses,
			List<OfficerRow> responsibleOfficers) {
	}

	record Person(long id, String crn, String forename, @Nullable String middleNames, String surname,
			LocalDate dateOfBirth, Gender gender, Ethnicity ethnicity, @Nullable String disability,
			@Nullable String religion, String nationality, boolean foreignNational, @Nullable String pnc,
			@Nullable String phone, @Nullable String email, long providerId) {
	}

	record AliasRow(long personId, String forename, String surname, @Nullable LocalDate dateOfBirth) {
	}

	record AddressRow(long personId, String line1, @Nullable String line2, String town, String postcode,
			@Nullable Long boroughId, LocalDate fromDate, @Nullable LocalDate toDate) {
	}

	record OfficerRow(long personId, long staffId, LocalDate fromDate, @Nullable LocalDate toDate, String reason) {
	}

}
