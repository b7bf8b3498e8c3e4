package org.openprobation.people;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/** A person's whole record as the people module holds it. */
public record PersonRecord(long id, String crn, String forename, @Nullable String middleNames, String surname,
		LocalDate dateOfBirth, Gender gender, Ethnicity ethnicity, @Nullable String disability,
		@Nullable String religion, String nationality, boolean foreignNational, @Nullable String pnc,
		@Nullable String phone, @Nullable String email, long providerId, List<Alias> aliases, List<Address> addresses,
		List<OfficerAssignment> officerHistory, @Nullable LocalDate transferredOutOn, @Nullable String transferredTo,
		@Nullable String preferredChannel, boolean textReminders, boolean emailReminders, int version) {

	public PersonRecord {
		aliases = List.copyOf(aliases);
		addresses = List.copyOf(addresses);
		officerHistory = List.copyOf(officerHistory);
	}

	public String name() {
		return (middleNames == null || middleNames.isBlank()) ? forename + " " + surname
				: forename + " " + middleNames + " " + surname;
	}

	public Optional<OfficerAssignment> responsibleOfficer() {
		return officerHistory.stream().filter(OfficerAssignment::current).findFirst();
	}

	/** True when supervision passed to another provider (e.g. the NPS). */
	public boolean transferredOut() {
		return transferredOutOn != null;
	}

	/** Where a reminder goes: by text or e-mail, as the person agreed and prefers. */
	public record Reach(String channel, String address) {
	}

	/**
	 * The channel and address for reminders and notices the person agreed to: e-mail
	 * first if they prefer it, otherwise a text message, otherwise e-mail; empty when
	 * they agreed to neither or cannot be reached.
	 */
	public Optional<Reach> reminderReach() {
		boolean byText = textReminders && phone != null && !phone.isBlank();
		boolean byEmail = emailReminders && email != null && !email.isBlank();
		boolean prefersEmail = ContactChannel.of(preferredChannel).filter(c -> c == ContactChannel.EMAIL).isPresent();
		if (byEmail && (!byText || prefersEmail)) {
			return Optional.of(new Reach("EMAIL", email));
		}
		return byText ? Optional.of(new Reach("TEXT_MESSAGE", phone)) : Optional.empty();
	}

	public Optional<Address> mainAddress() {
		return addresses.stream().filter(a -> a.toDate() == null).findFirst();
	}

	public int ageOn(LocalDate date) {
		return java.time.Period.between(dateOfBirth, date).getYears();
	}

	public record Alias(String forename, String surname, @Nullable LocalDate dateOfBirth) {
	}

	public record Address(String line1, @Nullable String line2, String town, String postcode,
			@Nullable String boroughName, LocalDate fromDate, @Nullable LocalDate toDate, @Nullable Long boroughId) {

		public String singleLine() {
			return String.join(", ",
					java.util.stream.Stream.of(line1, line2, town, postcode)
						.filter(s -> s != null && !s.isBlank())
						.toList());
		}

	}

	/** One period with one responsible officer; the current one has no end. */
	public record OfficerAssignment(long staffId, LocalDate fromDate, @Nullable LocalDate toDate, String reason) {

		public boolean current() {
			return toDate == null;
		}

	}

}
