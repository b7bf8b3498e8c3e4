package org.openprobation.contacts.api;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.openprobation.access.Users;
import org.openprobation.contacts.Appointments;
import org.openprobation.contacts.Contact;
import org.openprobation.contacts.ContactType;
import org.openprobation.contacts.Outcome;
import org.openprobation.contacts.persistence.ContactRepository;
import org.openprobation.shared.Crn;
import org.openprobation.shared.NotFound;
import org.openprobation.shared.RequestFields;
import tools.jackson.databind.JsonNode;

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

	private static final Set<String> APPOINTMENT_FIELDS = Set.of("type", "start", "end", "officer", "location",
			"requirementId", "rar", "purpose", "overrideReason");

	private final Appointments appointments;

	private final Users users;

	ContactsApi(Appointments appointments, Users users) {
		this.appointments = appointments;
		this.users = users;
	}

	record Booked(long id) {
	}

	record ContactItem(long id, String type, LocalDateTime start, LocalDateTime end, @Nullable String officer,
			@Nullable String location, @Nullable Long requirementId, boolean rar, @Nullable String outcome,
			@Nullable String outcomeReason) {
	}

	record ContactPage(List<ContactItem> content, int page, int size, long totalElements) {
	}

	@PostMapping("/api/v1/people/{crn}/appointments")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Book an appointment; 409 naming the clashing appointment unless overrideReason is given")
	Booked book(@PathVariable String crn, @RequestBody(required = false) JsonNode body) {
		Crn person = crn(crn);
		appointments.personForBooking(users.current(), person);
		RequestFields fields = new RequestFields(body, APPOINTMENT_FIELDS);
		ContactType type = fields.enumValue("type", ContactType.class, true);
		LocalDateTime start = fields.dateTime("start");
		LocalDateTime end = fields.dateTime("end");
		String officer = fields.text("officer", 40, false);
		String location = fields.text("location", 1000, false);
		Integer requirement = fields.wholeNumber("requirementId", 1, Integer.MAX_VALUE, false);
		boolean rar = fields.flag("rar");
		String purpose = fields.text("purpose", 1000, false);
		String override = fields.text("overrideReason", 1000, false);
		fields.check();
		return new Booked(appointments.book(users.current(), person, new Appointments.NewAppointment(type, start, end,
				officer, location, requirement == null ? null : requirement.longValue(), rar, purpose, override)));
	}

	@PutMapping("/api/v1/appointments/{id}/outcome")
	@Operation(summary = "Record the outcome of an appointment, once; a second or concurrent attempt answers 409")
	ContactItem outcome(@PathVariable String id, @RequestBody(required = false) JsonNode body) {
		long contactId = id(id);
		// who may change the case is answered before what is wrong with the request
		appointments.checkMayRecordOutcome(users.current(), contactId);
		RequestFields fields = new RequestFields(body, Set.of("outcome", "reason", "evidence"));
		Outcome outcome = fields.enumValue("outcome", Outcome.class, true);
		String reason = fields.text("reason", 2000, false);
		String evidence = fields.text("evidence", 2000, false);
		fields.check();
		return item(appointments.recordOutcome(users.current(), contactId, outcome, reason, evidence), Map.of());
	}

	@GetMapping("/api/v1/people/{crn}/contacts")
	@Operation(summary = "The person's contacts, newest first, 20 a page; filter by type and outcome")
	ContactPage contacts(@PathVariable String crn, @RequestParam(defaultValue = "1") int page,
			@RequestParam(required = false) @Nullable ContactType type,
			@RequestParam(required = false) @Nullable Outcome outcome) {
		int size = 20;
		Appointments.History history = appointments.history(users.current(), crn(crn),
				new ContactRepository.Filter(type, outcome, false), Math.max(1, page), size);
		return new ContactPage(history.contacts()
			.stream()
			.map(c -> item(c,
					Map.of(c.staffId() == null ? -1L : c.staffId(),
							history.officer(c.staffId()) == null ? "" : history.officer(c.staffId()).code())))
			.toList(), history.page(), size, history.total());
	}

	private static ContactItem item(Contact c, Map<Long, String> officerCodes) {
		return new ContactItem(c.id(), c.type().name(), c.start(), c.end(),
				c.staffId() == null ? null : officerCodes.get(c.staffId()), c.location(), c.requirementId(), c.rar(),
				c.outcome() == null ? null : c.outcome().name(), c.outcomeReason());
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
		return Crn.parse(typed)
			.orElseThrow(() -> new NotFound("That is not a CRN: a CRN is one letter followed by six digits"));
	}

}
