package org.openprobation.assessment.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.openprobation.access.Users;
import org.openprobation.assessment.Assessments;
import org.openprobation.assessment.BreachOrRecallHistory;
import org.openprobation.assessment.RoshAssessment.RiskGroup;
import org.openprobation.assessment.domain.TierRule.RoshLevel;
import org.openprobation.shared.Crn;
import org.openprobation.shared.DateInput;
import org.openprobation.shared.FieldProblem;
import org.openprobation.shared.NotFound;
import org.openprobation.assessment.AssessedCase;
import org.openprobation.assessment.application.RiskAssessments;
import org.openprobation.assessment.application.AssessedCases;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Recording a new risk of serious harm assessment (the previous ones stay as history).
 */
@Controller
class RoshController {

	static final List<String> TEXTS = List.of("whoIsAtRisk", "natureOfHarm", "imminence", "increasesRisk",
			"reducesRisk", "riskManagementPlan");

	private final AssessedCases cases;

	private final RiskAssessments assessments;

	private final Users users;

	private final BreachOrRecallHistory breaches;

	RoshController(AssessedCases cases, RiskAssessments assessments, Users users, BreachOrRecallHistory breaches) {
		this.breaches = breaches;
		this.cases = cases;
		this.assessments = assessments;
		this.users = users;
	}

	private static void form(Model model, AssessedCase overview, Map<String, String> typed,
			List<FieldProblem> problems) {
		model.addAttribute("overview", overview);
		model.addAttribute("typed", typed);
		model.addAttribute("groups", RiskGroup.values());
		model.addAttribute("levels", RoshLevel.values());
		model.addAttribute("problems", problems.isEmpty() ? null : problems);
		model.addAttribute("errors", FieldProblem.byField(problems));
	}

	@GetMapping("/cases/{crn}/rosh/new")
	String newForm(@PathVariable String crn, Model model) {
		AssessedCase overview = cases.forChange(users.current(), crn(crn), "record a RoSH assessment");
		Map<String, String> typed = new LinkedHashMap<>();
		if (overview.assessment().rosh() != null) {
			// start from the current assessment, so a review changes only what has
			// changed
			var current = overview.assessment().rosh();
			for (RiskGroup group : RiskGroup.values()) {
				typed.put(group.name(), current.level(group).name());
			}
			typed.put("whoIsAtRisk", current.whoIsAtRisk());
			typed.put("natureOfHarm", current.natureOfHarm());
			typed.put("imminence", current.imminence());
			typed.put("increasesRisk", current.increasesRisk());
			typed.put("reducesRisk", current.reducesRisk());
			typed.put("riskManagementPlan", current.riskManagementPlan());
		}
		form(model, overview, typed, List.of());
		return "assessment/rosh-new";
	}

	@PostMapping("/cases/{crn}/rosh")
	String record(@PathVariable String crn, @RequestParam MultiValueMap<String, String> submitted,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		AssessedCase overview = cases.forChange(users.current(), crn(crn), "record a RoSH assessment");
		Map<String, String> typed = new LinkedHashMap<>();
		List<FieldProblem> problems = new ArrayList<>();
		Map<RiskGroup, RoshLevel> levels = new EnumMap<>(RiskGroup.class);
		for (RiskGroup group : RiskGroup.values()) {
			String value = submitted.getFirst(group.name());
			typed.put(group.name(), value == null ? "" : value);
			try {
				levels.put(group, RoshLevel.valueOf(value == null ? "" : value));
			}
			catch (IllegalArgumentException ex) {
				problems.add(new FieldProblem(group.name(), "Select the risk to " + group.label().toLowerCase()));
			}
		}
		for (String field : TEXTS) {
			String value = submitted.getFirst(field);
			typed.put(field, value == null ? "" : value.strip());
			if (typed.get(field).length() > 4000) {
				problems.add(new FieldProblem(field, "This must be 4,000 characters or fewer"));
			}
		}
		if (typed.get("whoIsAtRisk").isEmpty()) {
			problems.add(new FieldProblem("whoIsAtRisk", "Enter who is at risk"));
		}
		if (typed.get("natureOfHarm").isEmpty()) {
			problems.add(new FieldProblem("natureOfHarm", "Enter the nature of the harm"));
		}
		if (typed.get("riskManagementPlan").isEmpty()) {
			problems.add(new FieldProblem("riskManagementPlan", "Enter the risk management plan"));
		}
		if (!problems.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			form(model, overview, typed, problems);
			return "assessment/rosh-new";
		}
		assessments.recordRosh(users.current(), crn(crn),
				new Assessments.NewRosh(levels, typed.get("whoIsAtRisk"), typed.get("natureOfHarm"),
						typed.get("imminence"), typed.get("increasesRisk"), typed.get("reducesRisk"),
						typed.get("riskManagementPlan")));
		redirect.addFlashAttribute("success", "Risk of serious harm assessment recorded.");
		return "redirect:/cases/" + overview.person().crn() + "#assessment";
	}

	@GetMapping("/cases/{crn}/women-factors")
	String womenFactorsForm(@PathVariable String crn, Model model) {
		AssessedCase overview = cases.forChange(users.current(), crn(crn), "record women's factors");
		Map<String, String> typed = new LinkedHashMap<>();
		var current = overview.assessment().womenFactors();
		java.time.LocalDate fromEnforcement = breaches.latestInLastYear(overview.person().id()).orElse(null);
		if ((current == null || current.breachOrRecallOn() == null) && fromEnforcement != null) {
			typed.put("breachOrRecallOn-day", String.valueOf(fromEnforcement.getDayOfMonth()));
			typed.put("breachOrRecallOn-month", String.valueOf(fromEnforcement.getMonthValue()));
			typed.put("breachOrRecallOn-year", String.valueOf(fromEnforcement.getYear()));
			model.addAttribute("prefilledBreach", true);
		}
		if (current != null) {
			typed.put("parenting", current.parentingResponsibilities() ? "yes" : "");
			typed.put("impulsivity", current.impulsivityOrTemper() ? "yes" : "");
			if (current.breachOrRecallOn() != null) {
				typed.put("breachOrRecallOn-day", String.valueOf(current.breachOrRecallOn().getDayOfMonth()));
				typed.put("breachOrRecallOn-month", String.valueOf(current.breachOrRecallOn().getMonthValue()));
				typed.put("breachOrRecallOn-year", String.valueOf(current.breachOrRecallOn().getYear()));
			}
		}
		model.addAttribute("overview", overview);
		model.addAttribute("typed", typed);
		model.addAttribute("errors", Map.of());
		return "assessment/women-factors";
	}

	@PostMapping("/cases/{crn}/women-factors")
	String recordWomenFactors(@PathVariable String crn, @RequestParam MultiValueMap<String, String> submitted,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		AssessedCase overview = cases.forChange(users.current(), crn(crn), "record women's factors");
		Map<String, String> typed = new LinkedHashMap<>();
		for (String field : List.of("parenting", "impulsivity", "breachOrRecallOn-day", "breachOrRecallOn-month",
				"breachOrRecallOn-year")) {
			String value = submitted.getFirst(field);
			typed.put(field, value == null ? "" : value.strip());
		}
		List<FieldProblem> problems = new ArrayList<>();
		java.time.LocalDate breach = null;
		boolean anyDate = !(typed.get("breachOrRecallOn-day") + typed.get("breachOrRecallOn-month")
				+ typed.get("breachOrRecallOn-year"))
			.isEmpty();
		if (anyDate) {
			breach = DateInput.read(typed, "breachOrRecallOn", "date of the breach or recall", problems);
			if (breach != null && breach.isAfter(java.time.LocalDate.now())) {
				problems
					.add(new FieldProblem("breachOrRecallOn", "The date of the breach or recall must be in the past"));
			}
		}
		if (problems.isEmpty()) {
			try {
				var tier = assessments.recordWomenFactors(users.current(), crn(crn),
						"yes".equals(typed.get("parenting")), "yes".equals(typed.get("impulsivity")), breach);
				redirect.addFlashAttribute("success", "Women's factors recorded. Tier now " + tier.tier() + ".");
				return "redirect:/cases/" + overview.person().crn() + "#assessment";
			}
			catch (org.openprobation.shared.BadRequest bad) {
				problems.addAll(bad.problems());
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		model.addAttribute("overview", overview);
		model.addAttribute("typed", typed);
		model.addAttribute("problems", problems);
		model.addAttribute("errors", FieldProblem.byField(problems));
		return "assessment/women-factors";
	}

	@GetMapping("/cases/{crn}/rsr/new")
	String rsrForm(@PathVariable String crn, Model model) {
		model.addAttribute("overview", cases.forChange(users.current(), crn(crn), "record RSR"));
		model.addAttribute("typed", Map.of());
		model.addAttribute("errors", Map.of());
		return "assessment/rsr-new";
	}

	@PostMapping("/cases/{crn}/rsr")
	String recordRsr(@PathVariable String crn, @RequestParam MultiValueMap<String, String> submitted,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		AssessedCase overview = cases.forChange(users.current(), crn(crn), "record RSR");
		Map<String, String> typed = new LinkedHashMap<>();
		for (String field : List.of("percent", "source", "scoredOn-day", "scoredOn-month", "scoredOn-year")) {
			String value = submitted.getFirst(field);
			typed.put(field, value == null ? "" : value.strip());
		}
		List<FieldProblem> problems = new ArrayList<>();
		java.math.BigDecimal percent = null;
		if (!typed.get("percent").matches("\\d{1,3}(\\.\\d{1,2})?")
				|| new java.math.BigDecimal(typed.get("percent")).compareTo(java.math.BigDecimal.valueOf(100)) > 0) {
			problems.add(new FieldProblem("percent", "Enter the RSR as a percentage from 0 to 100, like 4.25"));
		}
		else {
			percent = new java.math.BigDecimal(typed.get("percent"));
		}
		java.time.LocalDate scoredOn = DateInput.read(typed, "scoredOn", "date it was scored", problems);
		if (scoredOn != null && scoredOn.isAfter(java.time.LocalDate.now())) {
			problems.add(new FieldProblem("scoredOn", "The date it was scored must be today or in the past"));
		}
		if (typed.get("source").isEmpty()) {
			problems.add(new FieldProblem("source", "Enter where the RSR comes from, like OASys"));
		}
		else if (typed.get("source").length() > 200) {
			problems.add(new FieldProblem("source", "The source must be 200 characters or fewer"));
		}
		if (!problems.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("overview", overview);
			model.addAttribute("typed", typed);
			model.addAttribute("problems", problems);
			model.addAttribute("errors", FieldProblem.byField(problems));
			return "assessment/rsr-new";
		}
		assessments.recordRsr(users.current(), crn(crn), percent, scoredOn, typed.get("source"));
		redirect.addFlashAttribute("success", "RSR recorded.");
		return "redirect:/cases/" + overview.person().crn() + "#assessment";
	}

	private static Crn crn(String typed) {
		return Crn.parse(typed).orElseThrow(() -> new NotFound("No person on probation has the CRN " + typed));
	}

}
