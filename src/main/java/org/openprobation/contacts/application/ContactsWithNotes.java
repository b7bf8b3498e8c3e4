package org.openprobation.contacts.application;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.openprobation.access.CaseAccessDenied;
import org.openprobation.access.CurrentUser;
import org.openprobation.contacts.Appointments.NewAppointment;
import org.openprobation.contacts.CaseNote;
import org.openprobation.contacts.Contact;
import org.openprobation.contacts.Outcome;
import org.openprobation.contacts.TestResult;
import org.openprobation.shared.BadRequest;
import org.openprobation.shared.Crn;
import org.openprobation.shared.FieldProblem;
import org.openprobation.shared.TypedText;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A booking or an outcome with its notes, in one transaction: the notes are checked
 * before anything is written, and a failure writing them leaves neither the appointment
 * nor its outcome behind, so what was typed is never half saved.
 */
@Service
@Transactional(noRollbackFor = CaseAccessDenied.class)
public class ContactsWithNotes {

	private final AppointmentBookings bookings;

	private final AppointmentOutcomes outcomes;

	private final CaseNotes notes;

	ContactsWithNotes(AppointmentBookings bookings, AppointmentOutcomes outcomes, CaseNotes notes) {
		this.bookings = bookings;
		this.outcomes = outcomes;
		this.notes = notes;
	}

	/** An outcome as recorded, with the contact's note (if it has one). */
	public record Recorded(Contact contact, @Nullable CaseNote note) {
	}

	public long book(CurrentUser user, Crn crn, NewAppointment request, @Nullable String text, boolean sensitive) {
		checkNotes(text);
		long booked = bookings.book(user, crn, request);
		notes.onContact(user, booked, text, sensitive);
		return booked;
	}

	public Recorded recordOutcome(CurrentUser user, long contactId, @Nullable Outcome outcome, @Nullable String reason,
			@Nullable String evidence, @Nullable String text, boolean sensitive) {
		return recordOutcome(user, contactId, outcome, reason, evidence, null, null, text, sensitive);
	}

	/** The same, with a drug test's result. */
	public Recorded recordOutcome(CurrentUser user, long contactId, @Nullable Outcome outcome, @Nullable String reason,
			@Nullable String evidence, @Nullable TestResult testResult, @Nullable String substances,
			@Nullable String text, boolean sensitive) {
		checkNotes(text);
		Contact recorded = outcomes.recordOutcome(user, contactId, outcome, reason, evidence, testResult, substances);
		Optional<CaseNote> note = notes.onContact(user, recorded.id(), text, sensitive);
		return new Recorded(recorded, note.orElse(null));
	}

	private static void checkNotes(@Nullable String text) {
		if (!TypedText.blank(text)) {
			List<FieldProblem> problems = CaseNotes.textProblems(text)
				.stream()
				.map(p -> new FieldProblem("notes", p.message()))
				.toList();
			if (!problems.isEmpty()) {
				throw new BadRequest(problems);
			}
		}
	}

}
