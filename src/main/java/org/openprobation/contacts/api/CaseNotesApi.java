package org.openprobation.contacts.api;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.openprobation.access.Users;
import org.openprobation.contacts.Appointments;
import org.openprobation.contacts.CaseNote;
import org.openprobation.contacts.NoteType;
import org.openprobation.contacts.application.CaseNotes;
import org.openprobation.contacts.persistence.ContactRepository;
import org.openprobation.shared.Crn;
import org.openprobation.shared.NotFound;
import org.openprobation.shared.RequestBodies;

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
class CaseNotesApi {

	private final CaseNotes notes;

	private final Appointments appointments;

	private final Users users;

	CaseNotesApi(CaseNotes notes, Appointments appointments, Users users) {
		this.notes = notes;
		this.appointments = appointments;
		this.users = users;
	}

	/**
	 * A case note; {@code text} is empty when the note is sensitive and the reader may
	 * not read it ({@code withheld}).
	 */
	record CaseNoteItem(long id, @Nullable Long contactId, String type, @Nullable String text, boolean sensitive,
			boolean withheld, String writtenBy, Instant writtenAt, @Nullable String editedBy,
			@Nullable Instant editedAt, int version) {

		static CaseNoteItem of(CaseNote n) {
			return new CaseNoteItem(n.id(), n.contactId(), n.type().name(), n.text(), n.sensitive(), n.withheld(),
					n.writtenBy(), n.writtenAt(), n.editedBy(), n.editedAt(), n.version());
		}

	}

	record CaseNoteRequest(@NotNull(message = "is required: the kind of note") @Nullable NoteType type,
			@NotNull(message = "is required: the note") @Size(max = CaseNotes.MAX_LENGTH,
					message = "must be 20000 characters or fewer") @Nullable String text,
			@Nullable Boolean sensitive) {
	}

	record CaseNoteChangeRequest(
			@NotNull(message = "is required: the note") @Size(max = CaseNotes.MAX_LENGTH,
					message = "must be 20000 characters or fewer") @Nullable String text,
			@Nullable Boolean sensitive,
			@NotNull(message = "is required: the version of the note you read") @Nullable Integer version) {
	}

	@PostMapping("/api/v1/people/{crn}/case-notes")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Write a case note",
			description = "A note of its own kind about the case (CASE_NOTE, PHONE_CALL, EMAIL_OR_LETTER, "
					+ "INFORMATION_RECEIVED, OVERSIGHT); a contact's notes are written with its booking or outcome")
	CaseNoteItem write(@PathVariable String crn, @RequestBody CaseNoteRequest body) {
		Crn person = crn(crn);
		// who may write on the case is answered before what is wrong with the request
		notes.caseForNote(users.current(), person);
		CaseNoteRequest n = RequestBodies.checked(body);
		return CaseNoteItem
			.of(notes.write(users.current(), person, n.type(), n.text(), Boolean.TRUE.equals(n.sensitive())));
	}

	@PutMapping("/api/v1/case-notes/{id}")
	@Operation(summary = "Change a case note",
			description = "Its author only; the earlier text is kept. 409 when the note changed since the version read")
	CaseNoteItem change(@PathVariable String id, @RequestBody CaseNoteChangeRequest body) {
		long noteId = id(id);
		notes.forChange(users.current(), noteId);
		CaseNoteChangeRequest n = RequestBodies.checked(body);
		return CaseNoteItem.of(notes.edit(users.current(), noteId, n.text(), Boolean.TRUE.equals(n.sensitive()),
				n.version() == null ? -1 : n.version()));
	}

	@GetMapping("/api/v1/people/{crn}/case-notes")
	@Operation(summary = "A person's case notes",
			description = "Notes of their own kind, newest first (a contact's notes come with the contacts); q "
					+ "finds those with the words")
	List<CaseNoteItem> read(@PathVariable String crn, @RequestParam(required = false) @Nullable String q) {
		return appointments
			.history(users.current(), crn(crn),
					new ContactRepository.Filter(null, null, false, RequestBodies.text(q), false, ""), 1, 1)
			.ownNotes()
			.stream()
			.map(CaseNoteItem::of)
			.toList();
	}

	private static long id(String typed) {
		try {
			return Long.parseLong(typed);
		}
		catch (NumberFormatException ex) {
			throw new NotFound("There is no such note.");
		}
	}

	private static Crn crn(String typed) {
		return Crn.inPath(typed);
	}

}
