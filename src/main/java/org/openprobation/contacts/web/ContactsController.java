package org.openprobation.contacts.web;

import org.openprobation.contacts.CaseNote;
import org.openprobation.contacts.NoteType;
import org.openprobation.contacts.application.CaseNotes;

import org.openprobation.contacts.application.OverdueCases;
import org.openprobation.contacts.application.OfficerDiaries;
import org.openprobation.contacts.application.AppointmentBookings;
import org.openprobation.contacts.application.AppointmentOutcomes;
import jakarta.validation.Valid;
import org.springframework.validation.BindingResult;
import org.openprobation.shared.Forms;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.openprobation.access.Users;
import org.openprobation.contacts.Appointments;
import org.openprobation.contacts.Contact;
import org.openprobation.contacts.ContactType;
import org.openprobation.contacts.Outcome;
import org.openprobation.contacts.persistence.ContactRepository;
import org.openprobation.organisation.Organisation;
import org.openprobation.organisation.StaffMember;
import org.openprobation.people.PersonRecord;
import org.openprobation.shared.CasePage;
import org.openprobation.shared.BadRequest;
import org.openprobation.shared.Conflict;
import org.openprobation.shared.Crn;
import org.openprobation.shared.DateInput;
import org.openprobation.shared.FieldProblem;
import org.openprobation.shared.NotFound;
import org.openprobation.shared.TimeInput;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The person's contact history, booking an appointment, recording its outcome, and the
 * officer's diary.
 */
@Controller
class ContactsController {

	private static final int PAGE_SIZE = 20;

	private final Appointments appointments;

	private final AppointmentBookings bookings;

	private final AppointmentOutcomes outcomes;

	private final OverdueCases overdueCases;

	private final OfficerDiaries diaries;

	private final Organisation organisation;

	private final Users users;

	private final org.openprobation.contacts.Reminders reminders;

	private final org.openprobation.people.People people;

	private final org.openprobation.access.CaseGate gate;

	private final java.time.Clock clock;

	private final CaseNotes caseNotes;

	private final org.openprobation.contacts.application.ContactsWithNotes withNotes;

	ContactsController(Appointments appointments, AppointmentBookings bookings, AppointmentOutcomes outcomes,
			OverdueCases overdueCases, OfficerDiaries diaries, Organisation organisation, Users users,
			org.openprobation.contacts.Reminders reminders, org.openprobation.people.People people,
			org.openprobation.access.CaseGate gate, java.time.Clock clock, CaseNotes caseNotes,
			org.openprobation.contacts.application.ContactsWithNotes withNotes) {
		this.caseNotes = caseNotes;
		this.withNotes = withNotes;
		this.clock = clock;
		this.people = people;
		this.gate = gate;
		this.reminders = reminders;
		this.appointments = appointments;
		this.bookings = bookings;
		this.outcomes = outcomes;
		this.overdueCases = overdueCases;
		this.diaries = diaries;
		this.organisation = organisation;
		this.users = users;
	}

	@GetMapping("/cases/{crn}/contacts")
	String history(@PathVariable String crn, @RequestParam(defaultValue = "1") String page,
			@RequestParam(required = false) @Nullable String type,
			@RequestParam(required = false) @Nullable String outcome,
			@RequestParam(required = false) @Nullable String q, Model model) {
		ContactType chosenType = enumOf(ContactType.class, type);
		OutcomeChoice chosen = OutcomeChoice.of(outcome);
		String words = q == null || q.isBlank() ? null : q.strip().substring(0, Math.min(200, q.strip().length()));
		ContactRepository.Filter filter = new ContactRepository.Filter(chosenType, chosen.outcome(), chosen.awaiting(),
				words, false, "");
		int pageNumber = page.matches("\\d{1,6}") ? Math.max(1, Integer.parseInt(page)) : 1;
		Appointments.History history = appointments.history(users.current(), crn(crn), filter, pageNumber, PAGE_SIZE);
		model.addAttribute("history", history);
		model.addAttribute("compliance", appointments.compliance(users.current(), crn(crn)));
		model.addAttribute("types", ContactType.values());
		model.addAttribute("outcomes", Outcome.values());
		model.addAttribute("type", chosenType == null ? "" : chosenType.name());
		model.addAttribute("outcome", chosen.value());
		model.addAttribute("now", LocalDateTime.now(clock));
		model.addAttribute("q", words == null ? "" : words);
		return "contacts/history";
	}

	record CaseNoteForm(@Nullable String type,
			@Size(max = CaseNotes.MAX_LENGTH,
					message = "The note must be 20000 characters or fewer") @Nullable String text,
			@Nullable String sensitive) {
	}

	@GetMapping("/cases/{crn}/case-notes/new")
	String caseNoteForm(@PathVariable String crn, Model model) {
		return caseNotePage(model, personForChange(crn(crn)), Map.of(), List.of());
	}

	@PostMapping("/cases/{crn}/case-notes")
	String writeCaseNote(@PathVariable String crn, @Valid CaseNoteForm form, BindingResult binding,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		org.openprobation.people.PersonRecord person = personForChange(crn(crn));
		try {
			List<FieldProblem> problems = Forms.problems(binding);
			if (!problems.isEmpty()) {
				throw new BadRequest(problems);
			}
			CaseNote written = caseNotes.write(users.current(), crn(crn),
					form.type() == null ? null : NoteType.parse(form.type()).orElse(null), form.text(),
					"true".equals(form.sensitive()));
			redirect.addFlashAttribute("success", written.type().label() + " saved.");
			return "redirect:/cases/" + person.crn() + "/contacts";
		}
		catch (BadRequest bad) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return caseNotePage(model, person, Forms.typed(form), bad.problems());
		}
	}

	private org.openprobation.people.PersonRecord personForChange(org.openprobation.shared.Crn crn) {
		return caseNotes.caseForNote(users.current(), crn);
	}

	private static String caseNotePage(Model model, org.openprobation.people.PersonRecord person,
			Map<String, String> typed, List<FieldProblem> problems) {
		model.addAttribute("crn", person.crn());
		model.addAttribute("name", person.name());
		CasePage.about(person.crn());
		Map<String, String> types = new java.util.LinkedHashMap<>();
		NoteType.ofTheirOwn().forEach(t -> types.put(t.name(), t.label()));
		model.addAttribute("types", types);
		model.addAttribute("typed", typed);
		model.addAttribute("problems", problems.isEmpty() ? null : problems);
		model.addAttribute("errors", FieldProblem.byField(problems));
		return "contacts/case-note";
	}

	@GetMapping("/cases/{crn}/appointments/new")
	String bookForm(@PathVariable String crn, Model model) {
		PersonRecord person = bookings.personForBooking(users.current(), crn(crn));
		return bookPage(model, person, Map.of(), List.of());
	}

	record BookForm(@Nullable String type, @DateInput.Real(label = "date") @Nullable DateInput date,
			@TimeInput.Real(label = "the start time") @Nullable String startTime,
			@TimeInput.Real(label = "the end time") @Nullable String endTime,
			@Size(max = 1000, message = "The location must be 1000 characters or fewer") @Nullable String location,
			@Nullable String requirementId, @Nullable String rar,
			@Size(max = 1000, message = "The purpose must be 1000 characters or fewer") @Nullable String purpose,
			@Size(max = 1000,
					message = "The reason must be 1000 characters or fewer") @Nullable String overrideReason) {

		Appointments.NewAppointment appointment() {
			LocalDate day = DateInput.date(date);
			LocalTime start = TimeInput.parse(startTime);
			LocalTime end = TimeInput.parse(endTime);
			return new Appointments.NewAppointment(Forms.choice(type, ContactType.class),
					day == null || start == null ? null : day.atTime(start),
					day == null || end == null ? null : day.atTime(end), null, Forms.text(location),
					requirementId != null && requirementId.strip().matches("\\d{1,18}")
							? Long.valueOf(requirementId.strip()) : null,
					Forms.yes(rar), Forms.text(purpose), Forms.text(overrideReason));
		}

	}

	@PostMapping("/cases/{crn}/appointments")
	String book(@PathVariable String crn, @Valid BookForm form, BindingResult binding, HttpServletResponse response,
			Model model, RedirectAttributes redirect) {
		PersonRecord person = bookings.personForBooking(users.current(), crn(crn));
		Map<String, String> typed = Forms.typed(form);
		List<FieldProblem> problems = new ArrayList<>();
		if (Forms.choice(form.type(), ContactType.class) == null) {
			problems.add(new FieldProblem("type", "Select the type of appointment"));
		}
		problems.addAll(Forms.problems(binding));
		Appointments.NewAppointment request = form.appointment();
		try {
			if (!problems.isEmpty()) {
				throw new BadRequest(problems);
			}
			bookings.book(users.current(), crn(crn), request);
			redirect.addFlashAttribute("success",
					request.type().label() + " booked for "
							+ request.start()
								.format(java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm"))
							+ ".");
			return "redirect:/cases/" + person.crn() + "/contacts";
		}
		catch (BadRequest bad) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			List<FieldProblem> all = new ArrayList<>(problems);
			bad.problems().stream().filter(p -> !all.contains(p)).forEach(all::add);
			return bookPage(model, person, typed, all.stream().map(ContactsController::onForm).toList());
		}
		catch (Appointments.Clash clash) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return bookPage(model, person, typed, List.of(new FieldProblem("overrideReason", clash.getMessage())));
		}
	}

	/** The API's field names for the date and times, as the form names them. */
	private static FieldProblem onForm(FieldProblem problem) {
		return switch (problem.field()) {
			case "start" -> new FieldProblem("date", problem.message());
			case "end" -> new FieldProblem("endTime", problem.message());
			default -> problem;
		};
	}

	private String bookPage(Model model, PersonRecord person, Map<String, String> typed, List<FieldProblem> problems) {
		model.addAttribute("person", person);
		model.addAttribute("typed", typed);
		model.addAttribute("problems", problems.isEmpty() ? null : problems);
		model.addAttribute("errors", FieldProblem.byField(problems));
		model.addAttribute("types", ContactType.values());
		model.addAttribute("requirements", appointments.activeRequirements(person.id()).values());
		return "contacts/book";
	}

	@GetMapping("/appointments/{id}/outcome")
	String outcomeForm(@PathVariable long id, Model model) {
		Contact contact = outcomes.contactForOutcome(users.current(), id);
		return outcomePage(model, contact, Map.of(), List.of());
	}

	record OutcomeForm(@Nullable String outcome,
			@Size(max = 2000, message = "The reason must be 2000 characters or fewer") @Nullable String reason,
			@Size(max = 2000, message = "The evidence must be 2000 characters or fewer") @Nullable String evidence,
			@Size(max = CaseNotes.MAX_LENGTH,
					message = "The notes must be 20000 characters or fewer") @Nullable String notes,
			@Nullable String sensitiveNotes, @Nullable String testResult,
			@Size(max = org.openprobation.contacts.domain.DrugTesting.MAX_SUBSTANCES,
					message = "The substances must be 200 characters or fewer") @Nullable String substances) {
	}

	@PostMapping("/appointments/{id}/outcome")
	String recordOutcome(@PathVariable long id, @Valid OutcomeForm form, BindingResult binding,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		Contact contact = outcomes.contact(users.current(), id);
		Map<String, String> typed = Forms.typed(form);
		try {
			List<FieldProblem> problems = Forms.problems(binding);
			if (!problems.isEmpty()) {
				throw new BadRequest(problems);
			}
			Contact recorded = withNotes
				.recordOutcome(users.current(), id, Forms.choice(form.outcome(), Outcome.class),
						Forms.text(form.reason()), Forms.text(form.evidence()),
						Forms.choice(form.testResult(), org.openprobation.contacts.TestResult.class),
						Forms.text(form.substances()), Forms.text(form.notes()), "true".equals(form.sensitiveNotes()))
				.contact();
			if (recorded.outcome().enforceable()) {
				// an enforceable failure is the next step's work: the decision it
				// requires, due
				// within the provider's timescale, is on the enforcement page and the
				// task list
				redirect.addFlashAttribute("success", "Outcome recorded: " + recorded.outcome().label()
						+ ". This is an enforceable failure: decide the warning or breach it requires below.");
				return "redirect:/cases/" + crnOf(recorded) + "/enforcement#pending-heading";
			}
			redirect.addFlashAttribute("success", "Outcome recorded: " + recorded.outcome().label() + ".");
			return "redirect:/cases/" + crnOf(recorded) + "/contacts";
		}
		catch (BadRequest bad) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return outcomePage(model, contact, typed, bad.problems());
		}
		catch (Conflict conflict) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return outcomePage(model, outcomes.contact(users.current(), id), typed,
					List.of(new FieldProblem("outcome", conflict.getMessage())));
		}
	}

	private String outcomePage(Model model, Contact contact, Map<String, String> typed, List<FieldProblem> problems) {
		model.addAttribute("contact", contact);
		model.addAttribute("crn", crnOf(contact));
		CasePage.about(crnOf(contact));
		model.addAttribute("typed", typed);
		model.addAttribute("problems", problems.isEmpty() ? null : problems);
		model.addAttribute("errors", FieldProblem.byField(problems));
		model.addAttribute("outcomes", Outcome.values());
		Map<String, String> results = new java.util.LinkedHashMap<>();
		for (org.openprobation.contacts.TestResult result : org.openprobation.contacts.TestResult.values()) {
			results.put(result.name(), result.label());
		}
		model.addAttribute("testResults", results);
		return "contacts/outcome";
	}

	@GetMapping("/reminders")
	String reminders(@RequestParam(required = false) @Nullable String status, Model model) {
		org.openprobation.contacts.ReminderStatus chosen = status == null ? null
				: org.openprobation.contacts.ReminderStatus.parse(status).orElse(null);
		model.addAttribute("outbox", reminders.outbox(users.current(), chosen));
		model.addAttribute("status", chosen);
		return "contacts/reminders";
	}

	@GetMapping("/overdue")
	String overdue(@RequestParam(required = false) @Nullable String status, Model model) {
		Appointments.OverdueList overdue = overdueCases.overdue(users.current(),
				enumOf(org.openprobation.contacts.domain.ContactStandard.Status.class, status), 500);
		List<Appointments.OverdueCase> shown = gate
			.list(users.current(), overdue.cases(), c -> c.person().id(), "VIEW_OVERDUE", "Cases overdue a contact")
			.rows();
		model.addAttribute("overdue",
				new Appointments.OverdueList(overdue.supervised(), overdue.counts(), shown, overdue.filter()));
		model.addAttribute("hiddenCases", overdue.cases().size() - shown.size());
		return "contacts/overdue";
	}

	@GetMapping("/diary")
	String ownDiary(@RequestParam(required = false) @Nullable String date,
			@RequestParam(defaultValue = "week") String view, Model model) {
		Long staffId = users.current().staffId();
		StaffMember officer = staffId == null ? null : organisation.staffMember(staffId).orElse(null);
		if (officer == null) {
			throw new NotFound("You have no diary: your account is not a member of staff.");
		}
		return diaryPage(model, officer, date, view);
	}

	@GetMapping("/diary/{code}")
	String diary(@PathVariable String code, @RequestParam(required = false) @Nullable String date,
			@RequestParam(defaultValue = "week") String view, Model model) {
		StaffMember officer = organisation.staffMember(code)
			.orElseThrow(() -> new NotFound("There is no member of staff with that code."));
		return diaryPage(model, officer, date, view);
	}

	private String diaryPage(Model model, StaffMember officer, @Nullable String date, String view) {
		LocalDate day;
		try {
			day = date == null || date.isBlank() ? LocalDate.now(clock) : LocalDate.parse(date);
		}
		catch (DateTimeParseException ex) {
			day = LocalDate.now(clock);
		}
		boolean week = !"day".equals(view);
		LocalDate from = week ? day.with(DayOfWeek.MONDAY) : day;
		LocalDate to = week ? from.plusDays(6) : day;
		Appointments.Diary diary = diaries.diary(users.current(), officer, from, to);
		org.openprobation.people.HiddenCases hidden = people.hiddenFrom(users.current());
		// the slot stays in the diary (the officer is busy), without the person's name
		model.addAttribute("diary",
				hidden.isEmpty() ? diary
						: new Appointments.Diary(diary.officer(), diary.from(), diary.to(),
								diary.entries()
									.stream()
									.map(e -> hidden.hidesCrn(e.crn())
											? new Appointments.DiaryEntry(e.contact(), null, "Restricted case") : e)
									.toList()));
		model.addAttribute("week", week);
		model.addAttribute("day", day);
		model.addAttribute("previous", week ? from.minusWeeks(1) : day.minusDays(1));
		model.addAttribute("next", week ? from.plusWeeks(1) : day.plusDays(1));
		model.addAttribute("own", officer.id() == (users.current().staffId() == null ? -1 : users.current().staffId()));
		model.addAttribute("now", LocalDateTime.now(clock));
		return "contacts/diary";
	}

	private String crnOf(Contact contact) {
		return appointments.crnOf(contact.personId());
	}

	/**
	 * What the history's outcome filter asks for: every contact, those whose outcome is
	 * still to be recorded ({@value #AWAITING} in the page's query), or one outcome.
	 */
	record OutcomeChoice(boolean awaiting, @Nullable Outcome outcome) {

		static final String AWAITING = "AWAITING";

		static OutcomeChoice of(@Nullable String typed) {
			return AWAITING.equals(typed) ? new OutcomeChoice(true, null)
					: new OutcomeChoice(false, enumOf(Outcome.class, typed));
		}

		/** The filter as the page's select names it. */
		String value() {
			return awaiting ? AWAITING : outcome == null ? "" : outcome.name();
		}

	}

	private static <E extends Enum<E>> @Nullable E enumOf(Class<E> type, @Nullable String typed) {
		try {
			return typed == null || typed.isEmpty() ? null : Enum.valueOf(type, typed);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static Crn crn(String typed) {
		return Crn.inPath(typed);
	}

}
