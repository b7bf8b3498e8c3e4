package org.openprobation.people.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.openprobation.access.Users;
import org.openprobation.people.LikelyDuplicates;
import org.openprobation.people.NewPerson;
import org.openprobation.people.application.Intake;
import org.openprobation.shared.RequestBodies;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "People")
class IntakeApi {

	/** The problem type of a registration stopped by likely duplicates. */
	static final String LIKELY_DUPLICATE_TYPE = "tag:openprobation.org,2026:problem:likely-duplicate";

	private final Intake registration;

	private final Users users;

	private final org.openprobation.people.application.RecordChanges changes;

	IntakeApi(Intake registration, Users users, org.openprobation.people.application.RecordChanges changes) {
		this.changes = changes;
		this.registration = registration;
		this.users = users;
	}

	record AddressRequest(@Nullable String line1, @Nullable String line2, @Nullable String town,
			@Nullable String postcode, @Nullable Long boroughId, @Nullable LocalDate from, @Nullable LocalDate to) {
	}

	record AliasRequest(@Nullable String forename, @Nullable String surname, @Nullable LocalDate dateOfBirth) {
	}

	record PersonRequest(@Nullable String forename, @Nullable String middleNames, @Nullable String surname,
			@Nullable LocalDate dateOfBirth, @Nullable String gender, @Nullable String ethnicity,
			@Nullable String disability, @Nullable String religion, @Nullable String nationality, @Nullable String pnc,
			@Nullable String phone, @Nullable String email, @Nullable String preferredChannel,
			@Nullable Boolean textReminders, @Nullable Boolean emailReminders, @Nullable List<AddressRequest> addresses,
			@Nullable List<AliasRequest> aliases, @Nullable String providerCode,
			@Nullable List<String> notADuplicateOf) {
	}

	record Registered(String crn) {
	}

	record Candidate(String crn, @Nullable String name, @Nullable LocalDate dateOfBirth, List<String> reasons,
			@Nullable String heldBy) {
	}

	@PostMapping("/api/v1/people")
	@Operation(summary = "Register a person",
			description = "Registers a person for the caller's provider (an administrator of none gives providerCode) "
					+ "and answers 201 with the CRN the platform gave. Records on file that are likely the same "
					+ "person (same PNC, or name and date of birth allowing for initials, swapped day and month, "
					+ "hyphenation, misspelling and names that sound alike) stop it with 409 problem+json listing "
					+ "them under candidates, unless notADuplicateOf names each of their CRNs")
	ResponseEntity<Registered> register(@RequestBody PersonRequest body) {
		registration.checkMayRegister(users.current());
		PersonRequest p = RequestBodies.checked(body);
		NewPerson person = new NewPerson(p.forename(), p.middleNames(), p.surname(), p.dateOfBirth(), p.gender(),
				p.ethnicity(), p.disability(), p.religion(), p.nationality(), p.pnc(), p.phone(), p.email(),
				p.preferredChannel(), Boolean.TRUE.equals(p.textReminders()), Boolean.TRUE.equals(p.emailReminders()),
				p.addresses() == null ? List.of()
						: p.addresses()
							.stream()
							.map(a -> new NewPerson.NewAddress(a.line1(), a.line2(), a.town(), a.postcode(),
									a.boroughId(), a.from(), a.to()))
							.toList(),
				p.aliases() == null ? List.of()
						: p.aliases()
							.stream()
							.map(a -> new NewPerson.NewAlias(a.forename(), a.surname(), a.dateOfBirth()))
							.toList());
		Intake.Registered registered = registration.register(users.current(), person, p.providerCode(),
				p.notADuplicateOf() == null ? List.of() : p.notADuplicateOf());
		return ResponseEntity.created(URI.create("/api/v1/people/" + registered.crn().value()))
			.body(new Registered(registered.crn().value()));
	}

	record DetailsChangeRequest(@Nullable String forename, @Nullable String middleNames, @Nullable String surname,
			@Nullable LocalDate dateOfBirth, @Nullable String gender, @Nullable String ethnicity,
			@Nullable String disability, @Nullable String religion, @Nullable String nationality, @Nullable String pnc,
			@Nullable String phone, @Nullable String email, @Nullable String preferredChannel,
			@Nullable Boolean textReminders, @Nullable Boolean emailReminders, @jakarta.validation.constraints.NotNull(
					message = "is required: the version of the record you read") @Nullable Integer version) {
	}

	record Changed(String crn, List<String> changed) {
	}

	@org.springframework.web.bind.annotation.PatchMapping("/api/v1/people/{crn}")
	@Operation(summary = "Change a person's details",
			description = "Changes the personal and contact details given (a blank optional field removes it) of the "
					+ "version read, or 409 if the record changed since; answers the fields that changed. Each change "
					+ "is kept in the record's history with before and after")
	Changed change(@org.springframework.web.bind.annotation.PathVariable String crn,
			@RequestBody DetailsChangeRequest body) {
		org.openprobation.shared.Crn person = crnOf(crn);
		changes.checkMayChange(users.current(), person);
		org.openprobation.people.PersonRecord now = changes.page(users.current(), person).person();
		DetailsChangeRequest c = RequestBodies.checked(body);
		NewPerson merged = new NewPerson(or(c.forename(), now.forename()), or(c.middleNames(), now.middleNames()),
				or(c.surname(), now.surname()), c.dateOfBirth() == null ? now.dateOfBirth() : c.dateOfBirth(),
				or(c.gender(), now.gender().name()), or(c.ethnicity(), now.ethnicity().name()),
				or(c.disability(), now.disability()), or(c.religion(), now.religion()),
				or(c.nationality(), now.nationality()), or(c.pnc(), now.pnc()), or(c.phone(), now.phone()),
				or(c.email(), now.email()), or(c.preferredChannel(), now.preferredChannel()),
				c.textReminders() == null ? now.textReminders() : c.textReminders(),
				c.emailReminders() == null ? now.emailReminders() : c.emailReminders(), List.of(), List.of());
		return new Changed(person.value(), changes.changeDetails(users.current(), person, merged, c.version()));
	}

	@PostMapping("/api/v1/people/{crn}/addresses")
	@Operation(summary = "Record a new address",
			description = "The person moved: the current address ends the day before from, and the move prompts a "
					+ "review of the risk of serious harm and the sentence plan")
	ResponseEntity<Void> move(@org.springframework.web.bind.annotation.PathVariable String crn,
			@RequestBody AddressRequest body) {
		org.openprobation.shared.Crn person = crnOf(crn);
		changes.checkMayChange(users.current(), person);
		AddressRequest a = RequestBodies.checked(body);
		changes.move(users.current(), person,
				new NewPerson.NewAddress(a.line1(), a.line2(), a.town(), a.postcode(), a.boroughId(), a.from(), null));
		return ResponseEntity.status(HttpStatus.CREATED).build();
	}

	record HistoryItem(java.time.LocalDateTime at, String by, String what, java.util.Map<String, Object> before,
			java.util.Map<String, Object> after) {
	}

	@org.springframework.web.bind.annotation.GetMapping("/api/v1/people/{crn}/history")
	@Operation(summary = "A person's record history",
			description = "Every change to the person's record, newest first, with the fields before and after")
	List<HistoryItem> history(@org.springframework.web.bind.annotation.PathVariable String crn) {
		return changes.page(users.current(), crnOf(crn))
			.history()
			.stream()
			.map(h -> new HistoryItem(h.at(), h.by(), h.what(), h.before(), h.after()))
			.toList();
	}

	private static @Nullable String or(@Nullable String given, @Nullable String current) {
		return given == null ? current : given;
	}

	private static org.openprobation.shared.Crn crnOf(String typed) {
		return org.openprobation.shared.Crn.parse(typed)
			.orElseThrow(() -> new org.openprobation.shared.NotFound("No person on probation has the CRN " + typed));
	}

	@ExceptionHandler(LikelyDuplicates.class)
	ResponseEntity<ProblemDetail> likelyDuplicates(LikelyDuplicates duplicates) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, duplicates.getMessage()
				+ ": open it, or register again naming each CRN under notADuplicateOf if it is not the same person.");
		problem.setType(URI.create(LIKELY_DUPLICATE_TYPE));
		problem.setProperty("candidates",
				duplicates.candidates()
					.stream()
					.map(c -> new Candidate(c.crn(), c.name(), c.dateOfBirth(), c.reasons(), c.heldBy()))
					.toList());
		return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
