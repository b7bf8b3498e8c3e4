package org.openprobation.shell.web;

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
import org.openprobation.shared.DateInput;
import org.openprobation.shared.FieldProblem;
import org.openprobation.shell.CaseOverview;
import org.openprobation.shell.CaseViews;

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

	private final CaseViews cases;

	private final Plans plans;

	private final Users users;

	PlanController(CaseViews cases, Plans plans, Users users) {
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
		model.addAttribute("overview", cases.overview(users.current(), crn, "page: sentence plan"));
		model.addAttribute("needLabels", needChoices());
		return "shell/plan";
	}

	@GetMapping("/cases/{crn}/plan/objectives/new")
	String objectiveForm(@PathVariable String crn, Model model) {
		model.addAttribute("overview", cases.overviewForChange(users.current(), crn, "add a plan objective"));
		model.addAttribute("typed", Map.of());
		model.addAttribute("chosen", Set.of());
		model.addAttribute("errors", Map.of());
		model.addAttribute("needChoices", needChoices());
		return "shell/objective-new";
	}

	@PostMapping("/cases/{crn}/plan/objectives")
	String addObjective(@PathVariable String crn, @RequestParam MultiValueMap<String, String> form,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		CaseOverview overview = cases.overviewForChange(users.current(), crn, "add a plan objective");
		Map<String, String> typed = new LinkedHashMap<>();
		for (String field : List.of("text", "risk", "targetDate-day", "targetDate-month", "targetDate-year")) {
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
		LocalDate target = targetDate(typed, problems);
		if (!problems.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("overview", overview);
			model.addAttribute("typed", typed);
			model.addAttribute("chosen", needs);
			model.addAttribute("problems", problems);
			model.addAttribute("errors", FieldProblem.byField(problems));
			model.addAttribute("needChoices", needChoices());
			return "shell/objective-new";
		}
		plans.addObjective(users.current(), overview.person().id(), overview.person().crn(), typed.get("text"), needs,
				risk, target);
		redirect.addFlashAttribute("success", "Objective added to the plan.");
		return "redirect:/cases/" + overview.person().crn() + "/plan";
	}

	private static String gapMessage(CaseOverview overview, String item) {
		return overview.plan().gapMessage(item).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	@GetMapping("/cases/{crn}/plan/gaps/{item}")
	String gapReasonForm(@PathVariable String crn, @PathVariable String item, Model model) {
		CaseOverview overview = cases.overviewForChange(users.current(), crn, "record a plan gap reason");
		model.addAttribute("overview", overview);
		model.addAttribute("gapMessage", gapMessage(overview, item));
		model.addAttribute("item", item);
		model.addAttribute("reason", "");
		return "shell/gap-reason";
	}

	@PostMapping("/cases/{crn}/plan/gaps/{item}")
	String recordGapReason(@PathVariable String crn, @PathVariable String item,
			@RequestParam(defaultValue = "") String reason, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		CaseOverview overview = cases.overviewForChange(users.current(), crn, "record a plan gap reason");
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
			return "shell/gap-reason";
		}
		plans.recordGapReason(users.current(), overview.person().id(), overview.person().crn(), item, trimmed);
		redirect.addFlashAttribute("success", "Reason recorded.");
		return "redirect:/cases/" + overview.person().crn() + "/plan";
	}

	@GetMapping("/cases/{crn}/needs/{need}")
	String needForm(@PathVariable String crn, @PathVariable String need, Model model) {
		CaseOverview overview = cases.overviewForChange(users.current(), crn, "reassess a need");
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
		return "shell/need-edit";
	}

	@PostMapping("/cases/{crn}/needs/{need}")
	String recordNeed(@PathVariable String crn, @PathVariable String need,
			@RequestParam(required = false) String severity, @RequestParam(required = false) String offending,
			@RequestParam(required = false) String harm, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		CaseOverview overview = cases.overviewForChange(users.current(), crn, "reassess a need");
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
			return "shell/need-edit";
		}
		plans.recordNeed(users.current(), overview.person().id(), overview.person().crn(), which, chosen,
				"yes".equals(offending), "yes".equals(harm));
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

}
