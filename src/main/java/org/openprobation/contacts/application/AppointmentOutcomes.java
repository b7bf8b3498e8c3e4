package org.openprobation.contacts.application;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.openprobation.access.AuditLog;
import org.openprobation.access.CaseGate;
import org.openprobation.access.CheckedCase;
import org.openprobation.access.CaseAccessDenied;
import org.openprobation.access.CurrentUser;
import org.openprobation.contacts.persistence.ContactRepository;
import org.openprobation.people.People;
import org.openprobation.people.PersonRecord;
import org.openprobation.shared.BadRequest;
import org.openprobation.shared.Conflict;
import org.openprobation.shared.Crn;
import org.openprobation.shared.FieldProblem;
import org.openprobation.shared.TypedText;
import org.openprobation.shared.NotFound;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.openprobation.contacts.Contact;
import org.openprobation.contacts.Outcome;
import org.openprobation.contacts.TestResult;
import org.openprobation.contacts.domain.DrugTesting;
import org.openprobation.contacts.Reminders;
import org.openprobation.contacts.persistence.ContactRepository;

/** Recording what happened at an appointment, once only, and the pages that show it. */
@Service
@Transactional(noRollbackFor = CaseAccessDenied.class)
public class AppointmentOutcomes {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm");

	private final People people;

	private final ContactRepository repository;

	private final CaseGate gate;

	private final AuditLog audit;

	private final Clock clock;

	private final Reminders reminders;

	AppointmentOutcomes(People people, ContactRepository repository, CaseGate gate, AuditLog audit, Clock clock,
			Reminders reminders) {
		this.people = people;
		this.repository = repository;
		this.gate = gate;
		this.audit = audit;
		this.clock = clock;
		this.reminders = reminders;
	}

	/**
	 * Records what happened; once only (a second attempt, or a concurrent one, is
	 * refused).
	 */
	public Contact recordOutcome(CurrentUser user, long contactId, @Nullable Outcome outcome, @Nullable String reason,
			@Nullable String evidence) {
		return recordOutcome(user, contactId, outcome, reason, evidence, null, null);
	}

	/** The same, with a drug test's result ({@link DrugTesting}). */
	public Contact recordOutcome(CurrentUser user, long contactId, @Nullable Outcome outcome, @Nullable String reason,
			@Nullable String evidence, @Nullable TestResult testResult, @Nullable String substances) {
		Contact contact = repository.find(contactId).orElseThrow(() -> new NotFound("There is no such appointment."));
		return recordOutcome(user, contact, changeable(user, people.crnOf(contact.personId()), "record an outcome"),
				outcome, reason, evidence, testResult, substances);
	}

	/**
	 * Records an outcome for a case another module has opened through the gate (the
	 * unpaid-work register); once only, as for any outcome.
	 */
	public Contact recordOutcomeChecked(CheckedCase checked, long contactId, @Nullable Outcome outcome,
			@Nullable String reason, @Nullable String evidence) {
		Contact contact = repository.find(contactId)
			.filter(c -> c.personId() == checked.personId())
			.orElseThrow(() -> new NotFound("There is no such appointment."));
		PersonRecord person = people.find(checked.crn()).orElseThrow();
		return recordOutcome(checked.user(), contact, person, outcome, reason, evidence, null, null);
	}

	/**
	 * The service cancelled the appointment (an unpaid work session called off): recorded
	 * for whoever is booked, without opening their case, since nothing about them is read
	 * or shown and the person must not be left expecting the session.
	 */
	public void cancelledByService(CurrentUser user, long contactId) {
		Contact contact = repository.find(contactId).orElseThrow(() -> new NotFound("There is no such appointment."));
		PersonRecord person = people.find(people.crnOf(contact.personId())).orElseThrow();
		recordOutcome(user, contact, person, Outcome.CANCELLED_BY_SERVICE, null, null, null, null);
	}

	private Contact recordOutcome(CurrentUser user, Contact contact, PersonRecord person, @Nullable Outcome outcome,
			@Nullable String reason, @Nullable String evidence, @Nullable TestResult testResult,
			@Nullable String substances) {
		long contactId = contact.id();
		List<FieldProblem> problems = new ArrayList<>();
		if (outcome == null) {
			problems.add(new FieldProblem("outcome", "Select what happened"));
		}
		else {
			if (outcome.needsReasonAndEvidence() && TypedText.blank(reason)) {
				problems.add(new FieldProblem("reason", "Give the reason the absence was acceptable"));
			}
			if (outcome.needsReasonAndEvidence() && TypedText.blank(evidence)) {
				problems.add(new FieldProblem("evidence", "Say what evidence was seen, for example a doctor's note"));
			}
			if (!outcome.freesTheSlot() && contact.start().isAfter(LocalDateTime.now(clock))) {
				problems.add(new FieldProblem("outcome",
						"The appointment has not happened yet: it can only be rescheduled or cancelled"));
			}
		}
		for (String[] text : new String[][] { { "reason", reason }, { "evidence", evidence } }) {
			if (text[1] != null && text[1].length() > 2000) {
				problems.add(new FieldProblem(text[0], "Must be 2,000 characters or fewer"));
			}
		}
		problems.addAll(DrugTesting.problems(contact.type(), outcome, testResult, substances));
		if (contact.outcome() != null) {
			throw new Conflict("The outcome was already recorded (" + contact.outcome().label() + ", by "
					+ contact.outcomeRecordedBy() + "). Nothing was changed.");
		}
		if (!problems.isEmpty()) {
			throw new BadRequest(problems);
		}
		if (!repository.recordOutcome(contactId, outcome, TypedText.stripped(reason), TypedText.stripped(evidence),
				testResult, TypedText.stripped(substances), user.username())) {
			Contact now = repository.find(contactId).orElseThrow();
			throw new Conflict("Someone else recorded the outcome meanwhile (" + now.outcome().label() + ", by "
					+ now.outcomeRecordedBy() + "). Nothing was changed.");
		}
		if (outcome.freesTheSlot()) {
			reminders.cancel(contactId);
		}
		audit.record(user, "RECORD_OUTCOME", person.crn(),
				contact.type().label() + " on " + contact.start().format(WHEN) + ": " + outcome.label()
						+ (testResult == null ? "" : "; result: " + testResult.label()));
		return repository.find(contactId).orElseThrow();
	}

	/**
	 * An appointment shown for its outcome to be recorded: a read of the case, audited.
	 */
	public Contact contactForOutcome(CurrentUser user, long id) {
		Contact contact = checkMayRecordOutcome(user, id);
		audit.record(user, org.openprobation.access.AuditLog.VIEW_CASE, people.crnOf(contact.personId()).value(),
				"page: record an outcome of appointment " + id);
		return contact;
	}

	/**
	 * The appointment, refused (audited) unless the user may change its case; for a form
	 * or the API to ask before it reads the request.
	 */
	public Contact checkMayRecordOutcome(CurrentUser user, long id) {
		Contact contact = repository.find(id).orElseThrow(() -> new NotFound("There is no such appointment."));
		changeable(user, people.crnOf(contact.personId()), "record an outcome");
		return contact;
	}

	public Contact contact(CurrentUser user, long id) {
		Contact contact = repository.find(id).orElseThrow(() -> new NotFound("There is no such appointment."));
		readable(user, people.crnOf(contact.personId()), "appointment");
		return contact;
	}

	private PersonRecord changeable(CurrentUser user, Crn crn, String purpose) {
		gate.change(user, crn, purpose);
		return people.require(crn);
	}

	private PersonRecord readable(CurrentUser user, Crn crn, String purpose) {
		gate.read(user, crn, purpose);
		return people.require(crn);
	}

}
