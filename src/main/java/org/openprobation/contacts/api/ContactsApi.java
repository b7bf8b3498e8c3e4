package org.openprobation.contacts.api;

import org.openprobation.contacts.CaseNote;
import org.openprobation.contacts.application.CaseNotes;
import org.openprobation.contacts.application.ContactsWithNotes;

import org.openprobation.contacts.application.AppointmentBookings;
import org.openprobation.contacts.application.AppointmentOutcomes;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.openprobation.shared.RequestBodies;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.openprobation.access.Users;
import org.openprobation.contacts.Appointments;
import org.openprobation.contacts.Contact;
import org.openprobation.contacts.ContactType;
import org.openprobation.contacts.Outcome;
import org.openprobation.contacts.TestResult;
import org.openprobation.contacts.persistence.ContactRepository;
import org.openprobation.shared.Crn;
import org.openprobation.shared.NotFound;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Contacts and appointments")
class ContactsApi {

	private final Appointments appointments;

	private final Users users;

	private final AppointmentBookings bookings;

	private final AppointmentOutcomes outcomes;

	private final ContactsWithNotes withNotes;

	ContactsApi(Appointments appointments, AppointmentBookings bookings, AppointmentOutcomes outcomes, Users users,
			ContactsWithNotes withNotes) {
		this.withNotes = withNotes;
		this.appointments = appointments;
		this.bookings = bookings;
		this.outcomes = outcomes;
		this.users = users;
	}

	record Booked(long id) {
	}

	/**
	 * A contact; {@code notes} what was discussed (empty when there is no note, or when
	 * it is sensitive and the reader may not read it: {@code notesWithheld}).
	 */
	record ContactItem(long id, String type, LocalDateTime start, LocalDateTime end, @Nullable String officer,
			@Nullable String location, @Nullable Long requirementId, boolean rar, @Nullable String outcome,
			@Nullable String outcomeReason, @Nullable String notes, @Nullable Boolean notesSensitive,
			@Nullable Boolean notesWithheld, @Nullable String testResult, @Nullable String substances) {
	}

	record ContactPage(List<ContactItem> content, int page, int size, long totalElements) {
	}

	record AppointmentRequest(@NotNull(message = "is required: a contact type") @Nullable ContactType type,
			@NotNull(message = "is required: a date and time as YYYY-MM-DDTHH:MM") @Nullable LocalDateTime start,
			@NotNull(message = "is required: a date and time as YYYY-MM-DDTHH:MM") @Nullable LocalDateTime end,
			@Size(max = 40, message = "must be 40 characters or fewer") @Nullable String officer,
			@Size(max = 1000, message = "must be 1000 characters or fewer") @Nullable String location,
			@Positive(message = "must be a requirement's id") @Nullable Long requirementId, @Nullable Boolean rar,
			@Size(max = 1000, message = "must be 1000 characters or fewer") @Nullable String purpose,
			@Size(max = 1000, message = "must be 1000 characters or fewer") @Nullable String overrideReason,
			@Size(max = CaseNotes.MAX_LENGTH, message = "must be 20000 characters or fewer") @Nullable String notes,
			@Nullable Boolean sensitiveNotes) {
	}

	record OutcomeRequest(@NotNull(message = "is required: an outcome") @Nullable Outcome outcome,
			@Size(max = 2000, message = "must be 2000 characters or fewer") @Nullable String reason,
			@Size(max = 2000, message = "must be 2000 characters or fewer") @Nullable String evidence,
			@Size(max = CaseNotes.MAX_LENGTH, message = "must be 20000 characters or fewer") @Nullable String notes,
			@Nullable Boolean sensitiveNotes, @Nullable TestResult testResult,
			@Size(max = org.openprobation.contacts.domain.DrugTesting.MAX_SUBSTANCES,
					message = "must be 200 characters or fewer") @Nullable String substances) {
	}

	@PostMapping("/api/v1/people/{crn}/appointments")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Book an appointment",
			description = "Book an appointment; 409 naming the clashing appointment unless overrideReason is given")
	Booked book(@PathVariable String crn, @RequestBody AppointmentRequest body) {
		Crn person = crn(crn);
		bookings.personForBooking(users.current(), person);
		AppointmentRequest a = RequestBodies.checked(body);
		long booked = withNotes.book(users.current(), person,
				new Appointments.NewAppointment(a.type(), a.start(), a.end(), RequestBodies.text(a.officer()),
						RequestBodies.text(a.location()), a.requirementId(), Boolean.TRUE.equals(a.rar()),
						RequestBodies.text(a.purpose()), RequestBodies.text(a.overrideReason())),
				RequestBodies.text(a.notes()), Boolean.TRUE.equals(a.sensitiveNotes()));
		return new Booked(booked);
	}

	@PutMapping("/api/v1/appointments/{id}/outcome")
	@Operation(summary = "Record an appointment's outcome",
			description = "Record the outcome of an appointment, once; a second or concurrent attempt answers 409")
	ContactItem outcome(@PathVariable String id, @RequestBody OutcomeRequest body) {
		long contactId = id(id);
		// who may change the case is answered before what is wrong with the request
		outcomes.checkMayRecordOutcome(users.current(), contactId);
		OutcomeRequest o = RequestBodies.checked(body);
		ContactsWithNotes.Recorded recorded = withNotes.recordOutcome(users.current(), contactId, o.outcome(),
				RequestBodies.text(o.reason()), RequestBodies.text(o.evidence()), o.testResult(),
				RequestBodies.text(o.substances()), RequestBodies.text(o.notes()),
				Boolean.TRUE.equals(o.sensitiveNotes()));
		return item(recorded.contact(), Map.of(), recorded.note());
	}

	@GetMapping("/api/v1/people/{crn}/contacts")
	@Operation(summary = "A person's contacts",
			description = "The person's contacts, newest first, 20 a page, with their notes; filter by type and "
					+ "outcome, and by words in the notes with q (as a search engine reads them: \"missed appointment\" "
					+ "for the phrase, -housing to leave out)")
	ContactPage contacts(@PathVariable String crn, @RequestParam(defaultValue = "1") int page,
			@RequestParam(required = false) @Nullable ContactType type,
			@RequestParam(required = false) @Nullable Outcome outcome,
			@RequestParam(required = false) @Nullable String q) {
		int size = 20;
		Appointments.History history = appointments.history(users.current(), crn(crn),
				new ContactRepository.Filter(type, outcome, false, RequestBodies.text(q), false, ""), Math.max(1, page),
				size);
		return new ContactPage(history.contacts()
			.stream()
			.map(c -> item(c,
					Map.of(c.staffId() == null ? -1L : c.staffId(),
							history.officer(c.staffId()) == null ? "" : history.officer(c.staffId()).code()),
					history.note(c.id())))
			.toList(), history.page(), size, history.total());
	}

	private static ContactItem item(Contact c, Map<Long, String> officerCodes, @Nullable CaseNote note) {
		return new ContactItem(c.id(), c.type().name(), c.start(), c.end(),
				c.staffId() == null ? null : officerCodes.get(c.staffId()), c.location(), c.requirementId(), c.rar(),
				c.outcome() == null ? null : c.outcome().name(), c.outcomeReason(), note == null ? null : note.text(),
				note == null ? null : note.sensitive(), note == null ? null : note.withheld(),
				c.testResult() == null ? null : c.testResult().name(), c.substances());
	}

	private static long id(String typed) {
		try {
			return Long.parseLong(typed);
		}
		catch (NumberFormatException ex) {
			throw new NotFound("There is no such appointment.");
		}
	}

	private static Crn crn(String typed) {
		return Crn.inPath(typed);
	}

}
