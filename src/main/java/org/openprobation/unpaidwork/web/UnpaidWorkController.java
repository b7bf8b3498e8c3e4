package org.openprobation.unpaidwork.web;

import jakarta.validation.Valid;
import org.springframework.validation.BindingResult;
import org.openprobation.unpaidwork.application.SessionOutcomes;
import org.openprobation.unpaidwork.application.SessionBookings;
import org.openprobation.shared.Forms;
import jakarta.validation.constraints.Pattern;
import org.openprobation.shared.DateInput;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.openprobation.access.Users;
import org.openprobation.shared.BadRequest;
import org.openprobation.shared.Conflict;
import org.openprobation.shared.Crn;
import org.openprobation.shared.FieldProblem;
import org.openprobation.shared.NotFound;
import org.openprobation.shared.TimeInput;
import org.openprobation.unpaidwork.UnpaidWork;
import org.openprobation.unpaidwork.domain.SessionAttendance;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The day's sessions, a session's register (made for a phone on site), bookings with the
 * waiting list when full, and a case's unpaid work.
 */
@Controller
class UnpaidWorkController {

	private final UnpaidWork unpaidWork;

	private final Users users;

	private final CasePage casePage;

	private final org.openprobation.people.People people;

	private final java.time.Clock clock;

	private final SessionBookings bookings;

	private final SessionOutcomes outcomes;

	UnpaidWorkController(UnpaidWork unpaidWork, CasePage casePage, Users users, org.openprobation.people.People people,
			java.time.Clock clock, SessionBookings bookings, SessionOutcomes outcomes) {
		this.outcomes = outcomes;
		this.bookings = bookings;
		this.clock = clock;
		this.people = people;
		this.unpaidWork = unpaidWork;
		this.casePage = casePage;
		this.users = users;
	}

	@GetMapping("/unpaid-work/sessions")
	String sessions(@RequestParam(required = false) @Nullable String date, Model model) {
		LocalDate day;
		try {
			day = date == null || date.isBlank() ? LocalDate.now(clock) : LocalDate.parse(date);
		}
		catch (DateTimeParseException ex) {
			day = LocalDate.now(clock);
		}
		model.addAttribute("day", day);
		org.openprobation.access.CurrentUser user = users.current();
		List<org.openprobation.unpaidwork.UnpaidWorkSession> all = unpaidWork.sessions(user, day, day, null);
		// a supervisor's own sessions first: on a phone, the other sessions of the day
		// wait
		// behind a disclosure rather than fill the screen
		Long me = user.staffId();
		List<org.openprobation.unpaidwork.UnpaidWorkSession> mine = me == null ? List.of()
				: all.stream().filter(x -> me.equals(x.supervisorStaffId())).toList();
		model.addAttribute("mine", mine);
		model.addAttribute("supervises", me != null && !mine.isEmpty());
		model.addAttribute("sessions",
				mine.isEmpty() ? all : all.stream().filter(x -> !me.equals(x.supervisorStaffId())).toList());
		return "unpaidwork/sessions";
	}

	@GetMapping("/unpaid-work/sessions/{id}")
	String register(@PathVariable String id, Model model) {
		return registerPage(model, id(id), null, Map.of(), List.of());
	}

	record BookForm(@Nullable String crn, @Nullable String back) {
	}

	@PostMapping("/unpaid-work/sessions/{id}/bookings")
	String book(@PathVariable String id, BookForm form, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		String crn = form.crn() == null ? "" : form.crn();
		String back = form.back() == null ? "" : form.back();
		long sessionId = id(id);
		UnpaidWork.requireMayAct(users.current());
		Map<String, String> typed = Map.of("crn", crn.strip());
		try {
			Crn person = Crn.parse(crn.strip())
				.orElseThrow(() -> new BadRequest(
						List.of(new FieldProblem("crn", "Enter a CRN: a letter followed by six digits"))));
			bookings.book(users.current(), sessionId, person);
			redirect.addFlashAttribute("success", person.value() + " is booked on this session.");
			return back.matches("/cases/[A-Z][0-9]{6}/unpaid-work") ? "redirect:" + back
					: "redirect:/unpaid-work/sessions/" + sessionId;
		}
		catch (UnpaidWork.SessionFull full) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("offerWaitingList", true);
			return registerPage(model, sessionId, null, typed, List.of(new FieldProblem("crn", full.getMessage())));
		}
		catch (BadRequest bad) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return registerPage(model, sessionId, null, typed,
					bad.problems().stream().map(p -> new FieldProblem("crn", p.message())).toList());
		}
		catch (Conflict clash) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return registerPage(model, sessionId, null, typed, List.of(new FieldProblem("crn", clash.getMessage())));
		}
	}

	record WaitingListForm(@Nullable String crn) {
	}

	@PostMapping("/unpaid-work/sessions/{id}/waiting-list")
	String waitingList(@PathVariable String id, WaitingListForm form, RedirectAttributes redirect) {
		String crn = form.crn() == null ? "" : form.crn();
		long sessionId = id(id);
		Crn person = Crn.parse(crn.strip()).orElseThrow(() -> new NotFound("No person on probation has that CRN."));
		bookings.joinWaitingList(users.current(), sessionId, person);
		redirect.addFlashAttribute("success", person.value() + " is on the waiting list for this session.");
		return "redirect:/unpaid-work/sessions/" + sessionId;
	}

	record AttendanceForm(@Nullable String crn, @Nullable String booking, @Nullable String attendance,
			@TimeInput.Real(label = "the arrival time") @Nullable String arrived,
			@TimeInput.Real(label = "the departure time") @Nullable String left,
			@Pattern(regexp = "\\s*(-?\\d{1,3})?\\s*",
					message = "Enter the breaks in whole minutes, like 30") @Nullable String breakMinutes,
			@Pattern(regexp = "\\s*(\\d{1,3}(\\.\\d{1,2})?)?\\s*",
					message = "Enter travel expenses in pounds, like 4.50") @Nullable String travel,
			@Nullable String reason, @Nullable String evidence) {

		boolean attended() {
			return SessionAttendance.parse(attendance == null ? "" : attendance.strip())
				.map(SessionAttendance::worked)
				.orElse(false);
		}

		/** Times and breaks matter only when the person worked. */
		static final java.util.Set<String> WHEN_WORKED = java.util.Set.of("arrived", "left", "breakMinutes");

		UnpaidWork.Attendance entry() {
			boolean worked = attended();
			return new UnpaidWork.Attendance(attendance == null ? "" : attendance.strip(),
					worked ? TimeInput.parse(arrived) : null, worked ? TimeInput.parse(left) : null,
					worked && breakMinutes != null && !breakMinutes.isBlank() ? Integer.valueOf(breakMinutes.strip())
							: null,
					travel == null || travel.isBlank() ? null
							: new java.math.BigDecimal(travel.strip()).movePointRight(2).intValue(),
					Forms.text(reason) == null ? "" : reason.strip(),
					Forms.text(evidence) == null ? "" : evidence.strip());
		}

	}

	@PostMapping("/unpaid-work/sessions/{id}/attendance")
	String attendance(@PathVariable String id, @Valid AttendanceForm form, BindingResult binding,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		long sessionId = id(id);
		Map<String, String> typed = Forms.typed(form);
		Long booking = typed.get("booking").matches("\\d{1,18}") ? Long.valueOf(typed.get("booking")) : null;
		boolean attended = form.attended();
		List<FieldProblem> problems = Forms.problems(binding)
			.stream()
			.filter(p -> attended || !AttendanceForm.WHEN_WORKED.contains(p.field()))
			.toList();
		try {
			if (!problems.isEmpty()) {
				throw new BadRequest(problems);
			}
			Crn person = Crn.parse(typed.get("crn")).orElseThrow(() -> new NotFound("No person with that CRN."));
			var recorded = outcomes.recordAttendance(users.current(), sessionId, person, form.entry());
			String name = named(recorded.personId(), person);
			redirect.addFlashAttribute("success",
					name + ": " + recorded.attendanceLabel().toLowerCase(java.util.Locale.ROOT) + ", "
							+ recorded.hoursCredited() + " hours credited.");
			redirect.addFlashAttribute("savedBooking", recorded.id());
			// back to the same person on the register, not the top of a long page
			return "redirect:/unpaid-work/sessions/" + sessionId + "#entry-" + recorded.id();
		}
		catch (BadRequest bad) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			List<FieldProblem> all = new ArrayList<>(problems);
			bad.problems().stream().filter(p -> !all.contains(p)).forEach(all::add);
			return registerPage(model, sessionId, booking, typed, all);
		}
		catch (Conflict conflict) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return registerPage(model, sessionId, booking, typed,
					List.of(new FieldProblem("attendance", conflict.getMessage())));
		}
	}

	record CorrectionForm(@Nullable String crn, @Nullable String booking,
			@TimeInput.Real(label = "the arrival time") @Nullable String arrived,
			@TimeInput.Real(label = "the departure time") @Nullable String left,
			@Pattern(regexp = "\\s*(-?\\d{1,3})?\\s*",
					message = "Enter the breaks in whole minutes, like 30") @Nullable String breakMinutes,
			@Pattern(regexp = "\\s*(\\d{1,3}(\\.\\d{1,2})?)?\\s*",
					message = "Enter travel expenses in pounds, like 4.50") @Nullable String travel,
			@Nullable String correctionReason) {

		UnpaidWork.Attendance entry() {
			return new UnpaidWork.Attendance("ATTENDED", TimeInput.parse(arrived), TimeInput.parse(left),
					breakMinutes != null && !breakMinutes.isBlank() ? Integer.valueOf(breakMinutes.strip()) : null,
					travel == null || travel.isBlank() ? null
							: new java.math.BigDecimal(travel.strip()).movePointRight(2).intValue(),
					"", "");
		}

	}

	/** A recorded attendance corrected in place, the correction kept with its reason. */
	@PostMapping("/unpaid-work/sessions/{id}/corrections")
	String correct(@PathVariable String id, @Valid CorrectionForm form, BindingResult binding,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		long sessionId = id(id);
		// who may correct is answered before what is wrong with the form
		UnpaidWork.requireMayAct(users.current());
		Map<String, String> typed = Forms.typed(form);
		Long booking = typed.get("booking").matches("\\d{1,18}") ? Long.valueOf(typed.get("booking")) : null;
		List<FieldProblem> problems = Forms.problems(binding);
		try {
			if (!problems.isEmpty()) {
				throw new BadRequest(problems);
			}
			Crn person = Crn.parse(typed.get("crn")).orElseThrow(() -> new NotFound("No person with that CRN."));
			var corrected = outcomes.correctAttendance(users.current(), sessionId, person, form.entry(),
					form.correctionReason());
			String name = named(corrected.personId(), person);
			redirect.addFlashAttribute("success",
					name + ": corrected, " + corrected.hoursCredited() + " hours credited.");
			redirect.addFlashAttribute("savedBooking", corrected.id());
			return "redirect:/unpaid-work/sessions/" + sessionId + "#entry-" + corrected.id();
		}
		catch (BadRequest bad) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			List<FieldProblem> all = new ArrayList<>(problems);
			bad.problems().stream().filter(p -> !all.contains(p)).forEach(all::add);
			model.addAttribute("correcting", true);
			return registerPage(model, sessionId, booking, typed, all);
		}
		catch (Conflict conflict) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("correcting", true);
			return registerPage(model, sessionId, booking, typed,
					List.of(new FieldProblem("correctionReason", conflict.getMessage())));
		}
	}

	record CancelForm(@Nullable String reason) {
	}

	@PostMapping("/unpaid-work/sessions/{id}/cancel")
	String cancel(@PathVariable String id, CancelForm form, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		String reason = form.reason() == null ? "" : form.reason();
		long sessionId = id(id);
		try {
			int told = outcomes.cancelSession(users.current(), sessionId, reason);
			redirect.addFlashAttribute("success", "Session cancelled; " + told + (told == 1 ? " person" : " people")
					+ " told, and nothing counts against them.");
			return "redirect:/unpaid-work/sessions/" + sessionId;
		}
		catch (BadRequest | Conflict problem) {
			response.setStatus(problem instanceof BadRequest ? HttpServletResponse.SC_BAD_REQUEST
					: HttpServletResponse.SC_CONFLICT);
			return registerPage(model, sessionId, null, Map.of("cancelReason", reason),
					List.of(new FieldProblem("cancelReason", problem.getMessage())));
		}
	}

	private String registerPage(Model model, long sessionId, @Nullable Long errorBooking, Map<String, String> typed,
			List<FieldProblem> problems) {
		UnpaidWork.Register register = unpaidWork.register(users.current(), sessionId);
		model.addAttribute("register", register);
		model.addAttribute("attendances", SessionAttendance.values());
		model.addAttribute("standDownCredit", unpaidWork.standDownMinutes(users.current().providerId()));
		model.addAttribute("hiddenCases", register.hidden());
		model.addAttribute("errorBooking", errorBooking);
		model.addAttribute("typed", typed);
		model.addAttribute("problems",
				problems.isEmpty() ? null : errorBooking == null ? problems : problems.stream()
					.map(p -> new FieldProblem(anchor(p.field(), errorBooking, model.containsAttribute("correcting")),
							p.message()))
					.toList());
		model.addAttribute("errors",
				FieldProblem.byField(problems.stream()
					.map(p -> "travelPence".equals(p.field()) ? new FieldProblem("travel", p.message()) : p)
					.toList()));
		return "unpaidwork/register";
	}

	/** "Name (CRN)" for a confirmation on the register. */
	private String named(long personId, Crn crn) {
		return people.byIds(List.of(personId))
			.values()
			.stream()
			.map(p -> p.name() + " (" + p.crn() + ")")
			.findFirst()
			.orElse(crn.value());
	}

	/** Where the error summary leads: the field of the booking's own form. */
	private static String anchor(String field, long booking, boolean correcting) {
		String input = "travelPence".equals(field) ? "travel" : field;
		return (correcting && !"correctionReason".equals(input) ? "fix-" : "") + input + "-" + booking;
	}

	@GetMapping("/cases/{crn}/unpaid-work")
	String ofCase(@PathVariable String crn, Model model) {
		return casePage.render(model,
				Crn.parse(crn).orElseThrow(() -> new NotFound("No person on probation has the CRN " + crn)), Map.of(),
				List.of());
	}

	record InductionForm(@DateInput.Real(label = "date of the induction") @Nullable DateInput on) {
	}

	@PostMapping("/cases/{crn}/unpaid-work/induction")
	String recordInduction(@PathVariable String crn, @Valid InductionForm form, BindingResult binding,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		Crn person = Crn.parse(crn).orElseThrow(() -> new NotFound("No person on probation has the CRN " + crn));
		// who may run the case's unpaid work is answered before what is wrong with the
		// form
		unpaidWork.checkMayRun(users.current(), person, "record an unpaid work induction");
		List<FieldProblem> problems = Forms.problems(binding);
		try {
			if (!problems.isEmpty()) {
				throw new BadRequest(problems);
			}
			bookings.recordInduction(users.current(), person, DateInput.date(form.on()));
			redirect.addFlashAttribute("success", "Induction recorded: sessions can now be booked.");
			return "redirect:/cases/" + person.value() + "/unpaid-work";
		}
		catch (BadRequest | Conflict bad) {
			response.setStatus(bad instanceof BadRequest ? 400 : 409);
			List<FieldProblem> all = bad instanceof BadRequest b ? b.problems()
					: List.of(new FieldProblem("on", bad.getMessage()));
			return casePage.render(model, person, Forms.typed(form), all);
		}
	}

	private static long id(String typed) {
		try {
			return Long.parseLong(typed);
		}
		catch (NumberFormatException ex) {
			throw new NotFound("There is no such unpaid work session.");
		}
	}

}
