package org.openprobation.contacts.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.openprobation.access.AuditLog;
import org.openprobation.access.CaseAccessDenied;
import org.openprobation.access.CaseGate;
import org.openprobation.access.CurrentUser;
import org.openprobation.contacts.CaseNote;
import org.openprobation.contacts.NoteType;
import org.openprobation.contacts.domain.NoteReading;
import org.openprobation.contacts.persistence.NoteRepository;
import org.openprobation.people.People;
import org.openprobation.people.PersonRecord;
import org.openprobation.shared.BadRequest;
import org.openprobation.shared.Conflict;
import org.openprobation.shared.Crn;
import org.openprobation.shared.FieldProblem;
import org.openprobation.shared.NotFound;
import org.openprobation.shared.TypedText;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing case notes (issue 28): a contact's note with its outcome or booking, a note of
 * its own kind about the case, and an edit that keeps the earlier text; each through the
 * case-access gate and audited.
 */
@Service
@Transactional(noRollbackFor = CaseAccessDenied.class)
public class CaseNotes {

	/** The longest note: about ten pages. */
	public static final int MAX_LENGTH = 20_000;

	private final NoteRepository notes;

	private final CaseGate gate;

	private final People people;

	private final AuditLog audit;

	private final Clock clock;

	private final org.openprobation.contacts.persistence.ContactRepository contacts;

	private final org.openprobation.policy.ProviderPolicies policies;

	private final org.openprobation.policy.Policy<NoteReading.Settings> sensitiveNotes;

	CaseNotes(NoteRepository notes, CaseGate gate, People people, AuditLog audit, Clock clock,
			org.openprobation.contacts.persistence.ContactRepository contacts,
			org.openprobation.policy.ProviderPolicies policies,
			org.openprobation.policy.Policy<NoteReading.Settings> sensitiveNotes) {
		this.policies = policies;
		this.sensitiveNotes = sensitiveNotes;
		this.contacts = contacts;
		this.notes = notes;
		this.gate = gate;
		this.people = people;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Whether the user reads the sensitive notes of a case they may read
	 * ({@code checked}) written by others: its officer, the managers who oversee it, and
	 * the roles the provider's policy names.
	 */
	public boolean readsSensitive(CurrentUser user, org.openprobation.access.CheckedCase checked, PersonRecord person) {
		Set<String> roles = user.roles().stream().map(Enum::name).collect(Collectors.toSet());
		return NoteReading.readsSensitive(user.staffId(), roles,
				person.responsibleOfficer().map(PersonRecord.OfficerAssignment::staffId).orElse(null),
				gate.decision(user, checked.owner(), org.openprobation.access.CaseUse.OVERSEE).isGranted(),
				policies.current(sensitiveNotes, person.providerId()));
	}

	/** A note of its own kind about the case. */
	public CaseNote write(CurrentUser user, Crn crn, @Nullable NoteType type, @Nullable String text,
			boolean sensitive) {
		org.openprobation.access.CheckedCase checked = gate.change(user, crn, "write a case note");
		List<FieldProblem> problems = new ArrayList<>();
		if (type == null || type == NoteType.CONTACT) {
			problems.add(new FieldProblem("type", "Select what kind of note it is"));
		}
		else if (type == NoteType.OVERSIGHT
				&& !gate.decision(user, checked.owner(), org.openprobation.access.CaseUse.OVERSEE).isGranted()) {
			problems.add(new FieldProblem("type",
					"Management oversight is recorded by the case's team manager or area manager: choose another kind"));
		}
		problems.addAll(textProblems(text));
		if (!problems.isEmpty()) {
			throw new BadRequest(problems);
		}
		PersonRecord person = people.require(crn);
		long id = notes.add(person.id(), null, type, java.util.Objects.requireNonNull(text).strip(), sensitive,
				user.username(), clock.instant());
		audit.record(user, "WRITE_CASE_NOTE", crn.value(), type.name() + (sensitive ? ", sensitive" : ""));
		return notes.stored(id).orElseThrow();
	}

	/**
	 * The case a user is about to write a note on: refused (audited) unless they may
	 * change it, and audited as read, since the form shows whose case it is.
	 */
	public PersonRecord caseForNote(CurrentUser user, Crn crn) {
		gate.change(user, crn, "write a case note");
		audit.record(user, AuditLog.VIEW_CASE, crn.value(), "to write a case note");
		return people.require(crn);
	}

	/**
	 * A contact's note, written by someone who may change its case: written, or its
	 * earlier text kept when it had one; nothing when the text is blank. Answers the note
	 * as stored.
	 */
	public java.util.Optional<CaseNote> onContact(CurrentUser user, long contactId, @Nullable String text,
			boolean sensitive) {
		long personId = contacts.find(contactId)
			.orElseThrow(() -> new NotFound("There is no such appointment."))
			.personId();
		Crn crn = people.crnOf(personId);
		gate.change(user, crn, "write a contact's notes");
		if (TypedText.blank(text)) {
			return notes.storedForContact(contactId);
		}
		List<FieldProblem> problems = textProblems(text);
		if (!problems.isEmpty()) {
			throw new BadRequest(problems);
		}
		var existing = notes.storedForContact(contactId);
		String stripped = java.util.Objects.requireNonNull(text).strip();
		if (existing.isEmpty()) {
			notes.add(personId, contactId, NoteType.CONTACT, stripped, sensitive, user.username(), clock.instant());
		}
		else if (!notes.edit(existing.get(), stripped, sensitive, user.username(), clock.instant())) {
			throw new Conflict(
					"The note was changed by someone else while you wrote: read it again before changing it.");
		}
		audit.record(user, "WRITE_CASE_NOTE", crn.value(), "contact " + contactId + (sensitive ? ", sensitive" : ""));
		return notes.storedForContact(contactId);
	}

	/** The note to change: its author's, on a case they may change. */
	public CaseNote forChange(CurrentUser user, long noteId) {
		CaseNote note = notes.stored(noteId).orElseThrow(() -> new NotFound("There is no such note."));
		gate.change(user, people.crnOf(note.personId()), "change a case note");
		if (!note.writtenBy().equals(user.username())) {
			throw new AccessDeniedException("Only its author changes a note: add a note of your own instead.");
		}
		return note;
	}

	/** Changes a note, keeping the earlier text, when it is still the version read. */
	public CaseNote edit(CurrentUser user, long noteId, @Nullable String text, boolean sensitive, int version) {
		CaseNote note = forChange(user, noteId);
		List<FieldProblem> problems = textProblems(text);
		if (!problems.isEmpty()) {
			throw new BadRequest(problems);
		}
		if (note.version() != version || !notes.edit(note, java.util.Objects.requireNonNull(text).strip(), sensitive,
				user.username(), clock.instant())) {
			throw new Conflict(
					"The note was changed by someone else while you wrote: read it again before changing it.");
		}
		audit.record(user, "CHANGE_CASE_NOTE", people.crnOf(note.personId()).value(), "note " + noteId);
		return notes.stored(noteId).orElseThrow();
	}

	/** What is wrong with a note's text. */
	public static List<FieldProblem> textProblems(@Nullable String text) {
		if (TypedText.blank(text)) {
			return List.of(new FieldProblem("text", "Write the note"));
		}
		if (text.strip().length() > MAX_LENGTH) {
			return List.of(new FieldProblem("text", "The note must be " + MAX_LENGTH + " characters or fewer"));
		}
		return List.of();
	}

}
