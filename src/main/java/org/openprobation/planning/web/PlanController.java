package org.openprobation.planning.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import org.openprobation.access.Users;
import org.openprobation.assessment.NeedsAssessment;
import org.openprobation.assessment.domain.TierRule.Need;
import org.openprobation.assessment.domain.TierRule.NeedSeverity;
import org.openprobation.planning.Plans;
import org.openprobation.planning.SentencePlan;
import org.openprobation.shared.BadRequest;
import org.openprobation.shared.DateInput;
import org.openprobation.shared.FieldProblem;
import org.openprobation.planning.PlannedCase;
import org.openprobation.planning.application.PlannedCases;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The sentence plan of a case, its objectives and gaps, and reassessing a need. */
@Controller
class PlanController {

	private final PlannedCases cases;

	private final Plans plans;

	private final Users users;

	PlanController(PlannedCases cases, Plans plans, Users users) {
		this.cases = cases;
		this.plans = plans;
		this.users = users;
	}

	record NeedChoice(Need need, String label) {
	}

	static List<NeedChoice> needChoices() {
		List<NeedChoice> choices = new ArrayList<>();
		for (Need need : Need.values()) {
			choices.add(new NeedChoice(need, need.label()));
		}
		return choices;
	}

	@GetMapping("/cases/{crn}/plan")
	String plan(@PathVariable String crn, Model model) {
		model.addAttribute("overview", cases.read(users.current(), crn(crn), "sentence plan"));
		model.addAttribute("needLabels", Need.values());
		return "planning/plan";
	}

	@GetMapping("/cases/{crn}/plan/objectives/new")
	String objectiveForm(@PathVariable String crn, Model model) {
		model.addAttribute("overview", cases.forChange(users.current(), crn(crn), "add a plan objective"));
		model.addAttribute("typed", Map.of());
		model.addAttribute("chosen", Set.of());
		model.addAttribute("errors", Map.of());
		model.addAttribute("needChoices", needChoices());
		model.addAttribute("deliverers", SentencePlan.DeliveredBy.values());
		return "planning/objective-new";
	}

	@GetMapping("/cases/{crn}/plan/agreement")
	String agreementForm(@PathVariable String crn, Model model) {
		PlannedCase overview = cases.forChange(users.current(), crn(crn), "record the person's agreement");
		SentencePlan.Head head = overview.plan().plan();
		Map<String, String> typed = new LinkedHashMap<>();
		typed.put("personsWords", head == null || head.personsWords() == null ? "" : head.personsWords());
		typed.put("agreed", head != null && head.agreed() ? "yes" : "");
		return agreementPage(model, overview, typed, List.of());
	}

	@PostMapping("/cases/{crn}/plan/agreement")
	String recordAgreement(@PathVariable String crn, @RequestParam MultiValueMap<String, String> form,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		PlannedCase overview = cases.forChange(users.current(), crn(crn), "record the person's agreement");
		Map<String, String> typed = new LinkedHashMap<>();
		for (String field : List.of("personsWords", "agreed")) {
			String value = form.getFirst(field);
			typed.put(field, value == null ? "" : value.strip());
		}
		try {
			plans.recordAgreement(overview.checked(), typed.get("personsWords"), "yes".equals(typed.get("agreed")));
		}
		catch (BadRequest bad) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return agreementPage(model, overview, typed, bad.problems());
		}
		redirect.addFlashAttribute("success", "The person's words about the plan are recorded.");
		return "redirect:/cases/" + overview.person().crn() + "/plan";
	}

	private String agreementPage(Model model, PlannedCase overview, Map<String, String> typed,
			List<FieldProblem> problems) {
		model.addAttribute("overview", overview);
		model.addAttribute("typed", typed);
		model.addAttribute("problems", problems.isEmpty() ? null : problems);
		model.addAttribute("errors", FieldProblem.byField(problems));
		return "planning/plan-agreement";
	}

	@GetMapping("/cases/{crn}/plan/reviews/new")
	String reviewForm(@PathVariable String crn, Model model) {
		PlannedCase overview = cases.forChange(users.current(), crn(crn), "review the plan");
		Map<String, String> typed = new LinkedHashMap<>();
		overview.plan().objectives().forEach(o -> typed.put("status-" + o.id(), o.status()));
		return reviewPage(model, overview, typed, List.of());
	}

	@PostMapping("/cases/{crn}/plan/reviews")
	String review(@PathVariable String crn, @RequestParam MultiValueMap<String, String> form,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		PlannedCase overview = cases.forChange(users.current(), crn(crn), "review the plan");
		Map<String, String> typed = new LinkedHashMap<>();
		List<String> fields = new ArrayList<>(List.of("trigger", "summary", "personsView"));
		overview.plan().objectives().forEach(o -> {
			fields.add("status-" + o.id());
			fields.add("note-" + o.id());
		});
		for (String field : fields) {
			String value = form.getFirst(field);
			typed.put(field, value == null ? "" : value.strip());
		}
		SentencePlan.ReviewTrigger trigger = null;
		try {
			trigger = typed.get("trigger").isEmpty() ? null : SentencePlan.ReviewTrigger.valueOf(typed.get("trigger"));
		}
		catch (IllegalArgumentException ex) {
			trigger = null;
		}
		Map<Long, String> statuses = new java.util.HashMap<>();
		Map<Long, String> notes = new java.util.HashMap<>();
		overview.plan().objectives().forEach(o -> {
			statuses.put(o.id(), typed.get("status-" + o.id()));
			notes.put(o.id(), typed.get("note-" + o.id()));
		});
		try {
			plans.review(overview.checked(), trigger, typed.get("summary"), typed.get("personsView"), statuses, notes);
		}
		catch (BadRequest bad) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return reviewPage(model, overview, typed, bad.problems());
		}
		redirect.addFlashAttribute("success", "Plan reviewed.");
		return "redirect:/cases/" + overview.person().crn() + "/plan";
	}

	private String reviewPage(Model model, PlannedCase overview, Map<String, String> typed,
			List<FieldProblem> problems) {
		model.addAttribute("overview", overview);
		model.addAttribute("typed", typed);
		model.addAttribute("problems", problems.isEmpty() ? null : problems);
		model.addAttribute("errors", FieldProblem.byField(problems));
		model.addAttribute("triggers", SentencePlan.ReviewTrigger.values());
		model.addAttribute("statuses", Plans.OBJECTIVE_STATUSES);
		return "planning/plan-review";
	}

	@PostMapping("/cases/{crn}/plan/objectives")
	String addObjective(@PathVariable String crn, @RequestParam MultiValueMap<String, String> form,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		PlannedCase overview = cases.forChange(users.current(), crn(crn), "add a plan objective");
		Map<String, String> typed = new LinkedHashMap<>();
		for (String field : List.of("text", "risk", "targetDate-day", "targetDate-month", "targetDate-year", "actions",
				"deliveredBy")) {
			String value = form.getFirst(field);
			typed.put(field, value == null ? "" : value.strip());
		}
		Set<Need> needs = EnumSet.noneOf(Need.class);
		List<FieldProblem> problems = new ArrayList<>();
		for (String value : form.getOrDefault("needs", List.of())) {
			try {
				needs.add(Need.valueOf(value));
			}
			catch (IllegalArgumentException ex) {
				problems.add(new FieldProblem("needs", "Select the needs this objective addresses"));
			}
		}
		boolean risk = "yes".equals(typed.get("risk"));
		if (typed.get("text").isEmpty()) {
			problems.add(new FieldProblem("text", "Enter the objective"));
		}
		else if (typed.get("text").length() > 1000) {
			problems.add(new FieldProblem("text", "The objective must be 1,000 characters or fewer"));
		}
		if (needs.isEmpty() && !risk) {
			problems.add(new FieldProblem("needs", "Select the needs or the risk of harm this objective addresses"));
		}
		if (typed.get("actions").length() > 2000) {
			problems.add(new FieldProblem("actions", "The actions must be 2,000 characters or fewer"));
		}
		SentencePlan.DeliveredBy deliveredBy = SentencePlan.DeliveredBy.OFFICER;
		try {
			if (!typed.get("deliveredBy").isEmpty()) {
				deliveredBy = SentencePlan.DeliveredBy.valueOf(typed.get("deliveredBy"));
			}
		}
		catch (IllegalArgumentException ex) {
			problems.add(new FieldProblem("deliveredBy", "Select who delivers it"));
		}
		LocalDate target = targetDate(typed, problems);
		if (!problems.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("overview", overview);
			model.addAttribute("typed", typed);
			model.addAttribute("chosen", needs);
			model.addAttribute("problems", problems);
			model.addAttribute("errors", FieldProblem.byField(problems));
			model.addAttribute("needChoices", needChoices());
			model.addAttribute("deliverers", SentencePlan.DeliveredBy.values());
			return "planning/objective-new";
		}
		plans.addObjective(overview.checked(), typed.get("text"), needs, risk, target, typed.get("actions"),
				deliveredBy);
		redirect.addFlashAttribute("success", "Objective added to the plan.");
		return "redirect:/cases/" + overview.person().crn() + "/plan";
	}

	private static String gapMessage(PlannedCase overview, String item) {
		return overview.plan().gapMessage(item).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	@GetMapping("/cases/{crn}/plan/gaps/{item}")
	String gapReasonForm(@PathVariable String crn, @PathVariable String item, Model model) {
		PlannedCase overview = cases.forChange(users.current(), crn(crn), "record a plan gap reason");
		model.addAttribute("overview", overview);
		model.addAttribute("gapMessage", gapMessage(overview, item));
		model.addAttribute("item", item);
		model.addAttribute("reason", "");
		return "planning/gap-reason";
	}

	@PostMapping("/cases/{crn}/plan/gaps/{item}")
	String recordGapReason(@PathVariable String crn, @PathVariable String item,
			@RequestParam(defaultValue = "") String reason, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		PlannedCase overview = cases.forChange(users.current(), crn(crn), "record a plan gap reason");
		String message = gapMessage(overview, item);
		String trimmed = reason.strip();
		String problem = trimmed.isEmpty() ? "Enter why this is not in the plan"
				: trimmed.length() > 1000 ? "The reason must be 1,000 characters or fewer" : null;
		if (problem != null) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("overview", overview);
			model.addAttribute("gapMessage", message);
			model.addAttribute("item", item);
			model.addAttribute("reason", reason);
			model.addAttribute("problems", List.of(new FieldProblem("reason", problem)));
			return "planning/gap-reason";
		}
		plans.recordGapReason(overview.checked(), item, trimmed);
		redirect.addFlashAttribute("success", "Reason recorded.");
		return "redirect:/cases/" + overview.person().crn() + "/plan";
	}

	@GetMapping("/cases/{crn}/needs/{need}")
	String needForm(@PathVariable String crn, @PathVariable String need, Model model) {
		PlannedCase overview = cases.forChange(users.current(), crn(crn), "reassess a need");
		Need which = need(need);
		model.addAttribute("overview", overview);
		model.addAttribute("need", which);
		model.addAttribute("needLabel", which.label());
		NeedsAssessment.AssessedNeed current = overview.assessment().needs() == null ? null
				: overview.assessment()
					.needs()
					.needs()
					.stream()
					.filter(n -> n.need() == which)
					.findFirst()
					.orElse(null);
		model.addAttribute("severity", current == null ? "NO_NEED" : current.severity().name());
		model.addAttribute("offending", current != null && current.linkedToOffending());
		model.addAttribute("harm", current != null && current.linkedToHarm());
		return "planning/need-edit";
	}

	@PostMapping("/cases/{crn}/needs/{need}")
	String recordNeed(@PathVariable String crn, @PathVariable String need,
			@RequestParam(required = false) String severity, @RequestParam(required = false) String offending,
			@RequestParam(required = false) String harm, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		PlannedCase overview = cases.forChange(users.current(), crn(crn), "reassess a need");
		Need which = need(need);
		NeedSeverity chosen = null;
		try {
			chosen = severity == null ? null : NeedSeverity.valueOf(severity);
		}
		catch (IllegalArgumentException ex) {
			// reported below
		}
		if (chosen == null) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("overview", overview);
			model.addAttribute("need", which);
			model.addAttribute("needLabel", which.label());
			model.addAttribute("severity", "");
			model.addAttribute("offending", "yes".equals(offending));
			model.addAttribute("harm", "yes".equals(harm));
			model.addAttribute("problems", List.of(new FieldProblem("severity", "Select how severe the need is")));
			return "planning/need-edit";
		}
		plans.recordNeed(overview.checked(), which, chosen, "yes".equals(offending), "yes".equals(harm));
		redirect.addFlashAttribute("success", which.label() + " reassessed.");
		return "redirect:/cases/" + overview.person().crn() + "/plan";
	}

	private static Need need(String typed) {
		try {
			return Need.valueOf(typed);
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

	private static LocalDate targetDate(Map<String, String> typed, List<FieldProblem> problems) {
		LocalDate date = DateInput.read(typed, "targetDate", "target date", problems);
		if (date != null && !date.isAfter(LocalDate.now())) {
			problems.add(new FieldProblem("targetDate", "The target date must be in the future"));
		}
		else if (date != null && date.isAfter(LocalDate.now().plusYears(3))) {
			problems.add(new FieldProblem("targetDate", "The target date must be within 3 years"));
		}
		return date;
	}

	private static org.openprobation.shared.Crn crn(String typed) {
		return org.openprobation.shared.Crn.parse(typed)
			.orElseThrow(() -> new org.openprobation.shared.NotFound("No person on probation has the CRN " + typed));
	}

}
