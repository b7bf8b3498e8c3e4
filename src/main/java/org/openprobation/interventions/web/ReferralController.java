package org.openprobation.interventions.web;

import jakarta.validation.Valid;
import org.springframework.validation.BindingResult;
import org.openprobation.interventions.application.ReferralChanges;
import org.openprobation.shared.Forms;
import jakarta.validation.constraints.NotBlank;
import org.springframework.web.bind.annotation.BindParam;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.openprobation.access.Users;
import org.openprobation.contacts.Appointments;
import org.openprobation.contacts.Outcome;
import org.openprobation.interventions.ReferralStatus;
import org.openprobation.interventions.Referrals;
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
 * A case's referrals, referring to a service, moving a referral on and recording its
 * sessions; a service's waiting list.
 */
@Controller
class ReferralController {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");

	private final Referrals referrals;

	private final Users users;

	private final org.openprobation.access.CaseGate gate;

	private final ReferralChanges changes;

	ReferralController(Referrals referrals, Users users, org.openprobation.access.CaseGate gate,
			ReferralChanges changes) {
		this.changes = changes;
		this.gate = gate;
		this.referrals = referrals;
		this.users = users;
	}

	@GetMapping("/cases/{crn}/referrals")
	String ofCase(@PathVariable String crn, Model model) {
		model.addAttribute("case", referrals.ofCase(users.current(), crn(crn)));
		return "interventions/case-referrals";
	}

	@GetMapping("/cases/{crn}/referrals/new")
	String referForm(@PathVariable String crn, @RequestParam(required = false) @Nullable String service, Model model) {
		PersonRecord person = referrals.personForReferral(users.current(), crn(crn));
		Map<String, String> typed = new LinkedHashMap<>();
		typed.put("serviceId", service != null && service.matches("\\d{1,18}") ? service : "");
		return referPage(model, person, typed, List.of());
	}

	record ReferralForm(@Nullable String serviceId, @Nullable String reason, @Nullable String requirementId,
			@Nullable String rar, @DateInput.Real(label = "date sent", optional = true) @Nullable DateInput sentOn) {
	}

	@PostMapping("/cases/{crn}/referrals")
	String refer(@PathVariable String crn, @Valid ReferralForm form, BindingResult binding,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		PersonRecord person = referrals.personForReferral(users.current(), crn(crn));
		Map<String, String> typed = Forms.typed(form);
		List<FieldProblem> problems = Forms.problems(binding);
		try {
			if (!problems.isEmpty()) {
				throw new BadRequest(problems);
			}
			long id = changes.refer(users.current(), crn(crn),
					new Referrals.NewReferral(number(form.serviceId()), stripped(form.reason()),
							number(form.requirementId()), Forms.yes(form.rar()), DateInput.date(form.sentOn())));
			redirect.addFlashAttribute("success", "Referral sent. Record the service's response when it comes.");
			return "redirect:/referrals/" + id;
		}
		catch (BadRequest bad) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			List<FieldProblem> all = new ArrayList<>(problems);
			bad.problems().stream().filter(p -> !all.contains(p)).forEach(all::add);
			return referPage(model, person, typed, all);
		}
		catch (Conflict conflict) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return referPage(model, person, typed, List.of(new FieldProblem("serviceId", conflict.getMessage())));
		}
	}

	private String referPage(Model model, PersonRecord person, Map<String, String> typed, List<FieldProblem> problems) {
		model.addAttribute("person", person);
		model.addAttribute("typed", typed);
		model.addAttribute("problems", problems.isEmpty() ? null : problems);
		model.addAttribute("errors", FieldProblem.byField(problems));
		model.addAttribute("choices", referrals.choicesFor(person));
		model.addAttribute("requirements", referrals.requirementsOf(person));
		return "interventions/refer";
	}

	@GetMapping("/referrals/{id}")
	String referral(@PathVariable String id, Model model) {
		return referralPage(model, referrals.referral(users.current(), id(id)), Map.of(), List.of(), Map.of(),
				List.of());
	}

	record StatusForm(@NotBlank(message = "Select what happened to the referral") @Nullable String status,
			@DateInput.Real(label = "date") @Nullable DateInput on, @Nullable String reason, @Nullable String outcome,
			@Nullable String version) {
	}

	@PostMapping("/referrals/{id}/status")
	String move(@PathVariable String id, @Valid StatusForm form, BindingResult binding, HttpServletResponse response,
			Model model, RedirectAttributes redirect) {
		long referralId = id(id);
		referrals.checkMayChange(users.current(), referralId);
		Map<String, String> typed = Forms.typed(form);
		LocalDate on = DateInput.date(form.on());
		try {
			List<FieldProblem> problems = Forms.problems(binding);
			if (!problems.isEmpty()) {
				throw new BadRequest(problems);
			}
			var moved = changes.move(users.current(), referralId, version(form.version()),
					Forms.choice(form.status(), ReferralStatus.class), on, stripped(form.reason()),
					stripped(form.outcome()));
			redirect.addFlashAttribute("success", "Referral updated: "
					+ moved.status().label().toLowerCase(java.util.Locale.ROOT) + " on " + on.format(DAY) + ".");
			return "redirect:/referrals/" + referralId;
		}
		catch (BadRequest bad) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return referralPage(model, referrals.referral(users.current(), referralId), typed, bad.problems(), Map.of(),
					List.of());
		}
		catch (Conflict conflict) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return referralPage(model, referrals.referral(users.current(), referralId), typed,
					List.of(new FieldProblem("status", conflict.getMessage())), Map.of(), List.of());
		}
	}

	record SessionForm(@DateInput.Real(label = "date of the session") @Nullable DateInput date,
			@TimeInput.Real(label = "the start time") @Nullable String startTime,
			@TimeInput.Real(label = "the end time") @Nullable String endTime, @Nullable String attendance,
			@BindParam("session-reason") @Nullable String sessionReason, @Nullable String evidence,
			@Nullable String overrideReason) {
	}

	@PostMapping("/referrals/{id}/sessions")
	String recordSession(@PathVariable String id, @Valid SessionForm form, BindingResult binding,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		long referralId = id(id);
		referrals.checkMayRecordSessions(users.current(), referralId);
		Map<String, String> typed = Forms.typed(form);
		List<FieldProblem> problems = Forms.problems(binding);
		try {
			if (!problems.isEmpty()) {
				throw new BadRequest(problems);
			}
			LocalDate date = DateInput.date(form.date());
			var session = changes.recordSession(users.current(), referralId,
					new Referrals.NewSession(date.atTime(TimeInput.parse(form.startTime())),
							date.atTime(TimeInput.parse(form.endTime())),
							Forms.choice(form.attendance(), Outcome.class), stripped(form.sessionReason()),
							stripped(form.evidence()), stripped(form.overrideReason())));
			redirect.addFlashAttribute("success", "Session on " + session.start().toLocalDate().format(DAY)
					+ (session.outcome() == null ? " booked." : " recorded: " + session.outcome().label() + "."));
			return "redirect:/referrals/" + referralId;
		}
		catch (BadRequest bad) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			List<FieldProblem> all = new ArrayList<>(problems);
			bad.problems()
				.stream()
				.map(ReferralController::onSessionForm)
				.filter(p -> !all.contains(p))
				.forEach(all::add);
			return referralPage(model, referrals.referral(users.current(), referralId), Map.of(), List.of(), typed,
					all);
		}
		catch (Appointments.Clash clash) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return referralPage(model, referrals.referral(users.current(), referralId), Map.of(), List.of(), typed,
					List.of(new FieldProblem("overrideReason", clash.getMessage())));
		}
		catch (Conflict conflict) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return referralPage(model, referrals.referral(users.current(), referralId), Map.of(), List.of(), typed,
					List.of(new FieldProblem("date", conflict.getMessage())));
		}
	}

	/** The booking's field names, as the session form names them. */
	private static FieldProblem onSessionForm(FieldProblem problem) {
		return switch (problem.field()) {
			case "start" -> new FieldProblem("date", problem.message());
			case "end" -> new FieldProblem("endTime", problem.message());
			case "outcome" -> new FieldProblem("attendance", problem.message());
			case "reason" -> new FieldProblem("session-reason", problem.message());
			default -> problem;
		};
	}

	private String referralPage(Model model, Referrals.ReferralView view, Map<String, String> typed,
			List<FieldProblem> problems, Map<String, String> sessionTyped, List<FieldProblem> sessionProblems) {
		List<FieldProblem> all = new ArrayList<>(problems);
		all.addAll(sessionProblems);
		model.addAttribute("view", view);
		if (!view.received()) {
			CasePage.about(view.person().crn());
		}
		Map<String, String> nextOptions = new LinkedHashMap<>();
		view.next().forEach(status -> nextOptions.put(status.name(), status.label()));
		model.addAttribute("nextOptions", nextOptions);
		model.addAttribute("typed", typed);
		model.addAttribute("errors", FieldProblem.byField(problems));
		model.addAttribute("sessionTyped", sessionTyped);
		model.addAttribute("sessionErrors", FieldProblem.byField(sessionProblems));
		model.addAttribute("problems", all.isEmpty() ? null : all);
		model.addAttribute("outcomes", Outcome.values());
		return "interventions/referral";
	}

	@GetMapping("/interventions/{id}")
	String service(@PathVariable String id, Model model) {
		Referrals.ServicePage page = referrals.service(users.current(), id(id));
		org.openprobation.access.CurrentUser user = users.current();
		String what = "Referrals to " + page.service().name();
		long provider = page.service().providerId();
		Referrals.ServicePage shown = new Referrals.ServicePage(page.service(), page.figures(),
				gate.listReferred(user, page.waiting(), l -> l.person().id(), provider, "VIEW_REFERRALS",
						what + ", waiting")
					.rows(),
				gate.listReferred(user, page.awaiting(), l -> l.person().id(), provider, "VIEW_REFERRALS",
						what + ", to start")
					.rows(),
				gate.listReferred(user, page.started(), l -> l.person().id(), provider, "VIEW_REFERRALS",
						what + ", started")
					.rows());
		java.util.List<Long> listed = new java.util.ArrayList<>();
		java.util.stream.Stream.of(shown.waiting(), shown.awaiting(), shown.started())
			.forEach(rows -> rows.forEach(l -> listed.add(l.person().id())));
		model.addAttribute("readableCases", gate.visible(user, listed));
		model.addAttribute("page", shown);
		model.addAttribute("mayMaintain", org.openprobation.interventions.application.ServiceMaintenance
			.mayMaintain(user, page.service().providerId()));
		model.addAttribute("hiddenCases", page.waiting().size() + page.awaiting().size() + page.started().size()
				- shown.waiting().size() - shown.awaiting().size() - shown.started().size());
		return "interventions/service";
	}

	private static String stripped(@Nullable String typed) {
		return typed == null ? "" : typed.strip();
	}

	private static @Nullable Long number(@Nullable String typed) {
		return typed != null && typed.matches("\\d{1,18}") ? Long.valueOf(typed) : null;
	}

	private static int version(@Nullable String typed) {
		return typed != null && typed.matches("\\d{1,9}") ? Integer.parseInt(typed) : -1;
	}

	private static <E extends Enum<E>> @Nullable E enumOf(Class<E> type, @Nullable String value) {
		try {
			return value == null || value.isBlank() ? null : Enum.valueOf(type, value);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static long id(String typed) {
		try {
			return Long.parseLong(typed);
		}
		catch (NumberFormatException ex) {
			throw new NotFound("There is no such referral.");
		}
	}

	private static Crn crn(String typed) {
		return Crn.parse(typed).orElseThrow(() -> new NotFound("No person on probation has the CRN " + typed));
	}

}
