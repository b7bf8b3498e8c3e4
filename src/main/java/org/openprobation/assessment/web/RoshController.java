package org.openprobation.assessment.web;

import jakarta.validation.Valid;
import org.springframework.validation.BindingResult;
import org.openprobation.shared.Forms;
import org.jspecify.annotations.Nullable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.validation.constraints.Pattern;
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
import org.openprobation.assessment.domain.Countersigning;
import org.openprobation.assessment.application.AssessedCases;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
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

	private final java.time.Clock clock;

	private final org.openprobation.assessment.Assessments facade;

	RoshController(AssessedCases cases, RiskAssessments assessments, Users users, BreachOrRecallHistory breaches,
			java.time.Clock clock, org.openprobation.assessment.Assessments facade) {
		this.facade = facade;
		this.clock = clock;
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

	record RoshForm(@Nullable Map<String, String> level,
			@NotBlank(message = "Enter who is at risk") @Size(max = 4000,
					message = "This must be 4,000 characters or fewer") @Nullable String whoIsAtRisk,
			@NotBlank(message = "Enter the nature of the harm") @Size(max = 4000,
					message = "This must be 4,000 characters or fewer") @Nullable String natureOfHarm,
			@Size(max = 4000, message = "This must be 4,000 characters or fewer") @Nullable String imminence,
			@Size(max = 4000, message = "This must be 4,000 characters or fewer") @Nullable String increasesRisk,
			@Size(max = 4000, message = "This must be 4,000 characters or fewer") @Nullable String reducesRisk,
			@NotBlank(message = "Enter the risk management plan") @Size(max = 4000,
					message = "This must be 4,000 characters or fewer") @Nullable String riskManagementPlan,
			@Nullable String reviewedNoChange) {

		/**
		 * The level chosen for each group, with a problem for each group left unchosen.
		 */
		Map<RiskGroup, RoshLevel> levels(List<FieldProblem> problems) {
			Map<RiskGroup, RoshLevel> levels = new EnumMap<>(RiskGroup.class);
			for (RiskGroup group : RiskGroup.values()) {
				RoshLevel chosen = Forms.choice(level == null ? null : level.get(group.name()), RoshLevel.class);
				if (chosen == null) {
					problems.add(new FieldProblem(group.name(), "Select the risk to " + group.label().toLowerCase()));
				}
				else {
					levels.put(group, chosen);
				}
			}
			return levels;
		}

	}

	@PostMapping("/cases/{crn}/rosh")
	String record(@PathVariable String crn, @Valid RoshForm form, BindingResult binding, HttpServletResponse response,
			Model model, RedirectAttributes redirect) {
		AssessedCase overview = cases.forChange(users.current(), crn(crn), "record a RoSH assessment");
		List<FieldProblem> levelProblems = new ArrayList<>();
		Map<RiskGroup, RoshLevel> levels = form.levels(levelProblems);
		List<FieldProblem> problems = Forms.merge(levelProblems, Forms.problems(binding));
		if (!problems.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			form(model, overview, typed(form), problems);
			return "assessment/rosh-new";
		}
		try {
			assessments.recordRosh(users.current(), crn(crn),
					new Assessments.NewRosh(levels, form.whoIsAtRisk().strip(), form.natureOfHarm().strip(),
							stripped(form.imminence()), stripped(form.increasesRisk()), stripped(form.reducesRisk()),
							form.riskManagementPlan().strip(), Forms.yes(form.reviewedNoChange())));
		}
		catch (org.openprobation.shared.BadRequest bad) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			form(model, overview, typed(form), bad.problems());
			return "assessment/rosh-new";
		}
		redirect.addFlashAttribute("success",
				Forms.yes(form.reviewedNoChange())
						? "Risk of serious harm assessment reviewed: recorded with nothing changed."
						: "Risk of serious harm assessment recorded.");
		return "redirect:/cases/" + overview.person().crn() + "/risk#assessment";
	}

	/**
	 * What was typed, with each group's level under the group's name, as the page reads
	 * it.
	 */
	private static Map<String, String> typed(RoshForm form) {
		Map<String, String> typed = Forms.typed(form);
		for (RiskGroup group : RiskGroup.values()) {
			typed.put(group.name(), typed.getOrDefault("level[" + group.name() + "]", ""));
		}
		return typed;
	}

	private static String stripped(@Nullable String typed) {
		return typed == null ? "" : typed.strip();
	}

	@GetMapping("/cases/{crn}/women-factors")
	String womenFactorsForm(@PathVariable String crn, Model model) {
		AssessedCase overview = cases.forChange(users.current(), crn(crn), "record women's factors");
		Map<String, String> typed = new LinkedHashMap<>();
		var current = overview.assessment().womenFactors();
		java.time.LocalDate fromEnforcement = breaches.latestInLastYear(overview.person().id()).orElse(null);
		if ((current == null || current.breachOrRecallOn() == null) && fromEnforcement != null) {
			typed.putAll(Forms.typed(new WomenFactorsForm(null, null, DateInput.of(fromEnforcement))));
			model.addAttribute("prefilledBreach", true);
		}
		if (current != null) {
			typed.put("parenting", current.parentingResponsibilities() ? "yes" : "");
			typed.put("impulsivity", current.impulsivityOrTemper() ? "yes" : "");
			if (current.breachOrRecallOn() != null) {
				typed.putAll(Forms.typed(new WomenFactorsForm(null, null, DateInput.of(current.breachOrRecallOn()))));
			}
		}
		model.addAttribute("overview", overview);
		model.addAttribute("typed", typed);
		model.addAttribute("errors", Map.of());
		return "assessment/women-factors";
	}

	record WomenFactorsForm(@Nullable String parenting, @Nullable String impulsivity,
			@DateInput.Real(label = "date of the breach or recall",
					optional = true) @Nullable DateInput breachOrRecallOn) {
	}

	@PostMapping("/cases/{crn}/women-factors")
	String recordWomenFactors(@PathVariable String crn, @Valid WomenFactorsForm form, BindingResult binding,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		AssessedCase overview = cases.forChange(users.current(), crn(crn), "record women's factors");
		List<FieldProblem> problems = new ArrayList<>(Forms.problems(binding));
		java.time.LocalDate breach = DateInput.date(form.breachOrRecallOn());
		if (breach != null && breach.isAfter(java.time.LocalDate.now(clock))) {
			problems.add(new FieldProblem("breachOrRecallOn", "The date of the breach or recall must be in the past"));
		}
		if (problems.isEmpty()) {
			try {
				var tier = assessments.recordWomenFactors(users.current(), crn(crn), Forms.yes(form.parenting()),
						Forms.yes(form.impulsivity()), breach);
				redirect.addFlashAttribute("success", "Women's factors recorded. Tier now " + tier.tier() + ".");
				return "redirect:/cases/" + overview.person().crn() + "/risk#assessment";
			}
			catch (org.openprobation.shared.BadRequest bad) {
				problems.addAll(bad.problems());
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		model.addAttribute("overview", overview);
		model.addAttribute("typed", Forms.typed(form));
		model.addAttribute("problems", problems);
		model.addAttribute("errors", FieldProblem.byField(problems));
		return "assessment/women-factors";
	}

	@GetMapping("/cases/{crn}/rosh/countersignature")
	String countersignatureForm(@PathVariable String crn, Model model) {
		AssessedCase overview = cases.forOversight(users.current(), crn(crn), "countersign the RoSH assessment");
		return countersignaturePage(model, overview, Map.of(), List.of());
	}

	/**
	 * A manager's decision on the assessment with this id (the latest when the form
	 * opened).
	 */
	record CountersignatureForm(@Nullable String assessment, @Nullable String decision, @Nullable String reasons) {
	}

	@PostMapping("/cases/{crn}/rosh/countersignature")
	String countersign(@PathVariable String crn, CountersignatureForm form, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		AssessedCase overview = cases.forOversight(users.current(), crn(crn), "countersign the RoSH assessment");
		try {
			var decision = Forms.choice(form.decision(), Countersigning.Decision.class);
			assessments.decideRosh(users.current(), crn(crn), Forms.id(form.assessment()), decision, form.reasons());
			redirect.addFlashAttribute("success",
					decision == Countersigning.Decision.COUNTERSIGNED ? "Risk of serious harm assessment countersigned."
							: "Risk of serious harm assessment returned to the officer.");
			return "redirect:/cases/" + overview.person().crn() + "/risk#assessment";
		}
		catch (org.openprobation.shared.BadRequest bad) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return countersignaturePage(model, overview, Forms.typed(form), bad.problems());
		}
	}

	private String countersignaturePage(Model model, AssessedCase overview, Map<String, String> typed,
			List<FieldProblem> problems) {
		// with no assessment yet the page says so, and offers nothing to decide
		var oversight = overview.assessment().rosh() == null ? null
				: facade.roshOversight(List.of(overview.person().id())).get(overview.person().id());
		model.addAttribute("overview", overview);
		model.addAttribute("oversight", oversight);
		model.addAttribute("typed", typed);
		model.addAttribute("decisions", Countersigning.choices());
		model.addAttribute("problems", problems.isEmpty() ? null : problems);
		model.addAttribute("errors", FieldProblem.byField(problems));
		return "assessment/rosh-countersignature";
	}

	@GetMapping("/cases/{crn}/scoring-sex")
	String scoringSexForm(@PathVariable String crn, Model model) {
		model.addAttribute("overview", cases.forChange(users.current(), crn(crn), "record the sex for scoring"));
		model.addAttribute("typed", Map.of());
		model.addAttribute("errors", Map.of());
		return "assessment/scoring-sex";
	}

	record ScoringSexForm(@Nullable String sex, @Nullable String reason) {
	}

	@PostMapping("/cases/{crn}/scoring-sex")
	String recordScoringSex(@PathVariable String crn, @Valid ScoringSexForm form, BindingResult binding,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		AssessedCase overview = cases.forChange(users.current(), crn(crn), "record the sex for scoring");
		try {
			var tier = assessments.recordScoringSex(users.current(), crn(crn),
					Forms.choice(form.sex(), org.openprobation.assessment.domain.Sex.class), form.reason());
			redirect.addFlashAttribute("success", "Sex for scoring recorded. Tier now " + tier.tier() + ".");
			return "redirect:/cases/" + overview.person().crn() + "/risk#assessment";
		}
		catch (org.openprobation.shared.BadRequest bad) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("overview", overview);
			model.addAttribute("typed", Forms.typed(form));
			model.addAttribute("problems", bad.problems());
			model.addAttribute("errors", FieldProblem.byField(bad.problems()));
			return "assessment/scoring-sex";
		}
	}

	@GetMapping("/cases/{crn}/rsr/new")
	String rsrForm(@PathVariable String crn, Model model) {
		model.addAttribute("overview", cases.forChange(users.current(), crn(crn), "record RSR"));
		model.addAttribute("typed", Map.of());
		model.addAttribute("errors", Map.of());
		return "assessment/rsr-new";
	}

	record RsrForm(
			@NotBlank(message = "Enter the RSR as a percentage from 0 to 100, like 4.25") @Pattern(
					regexp = "\\s*(100(\\.0{1,2})?|\\d{1,2}(\\.\\d{1,2})?)\\s*",
					message = "Enter the RSR as a percentage from 0 to 100, like 4.25") @Nullable String percent,
			@NotBlank(message = "Enter where the RSR comes from, like OASys") @Size(max = 200,
					message = "The source must be 200 characters or fewer") @Nullable String source,
			@DateInput.Real(label = "date it was scored") @Nullable DateInput scoredOn) {
	}

	@PostMapping("/cases/{crn}/rsr")
	String recordRsr(@PathVariable String crn, @Valid RsrForm form, BindingResult binding, HttpServletResponse response,
			Model model, RedirectAttributes redirect) {
		AssessedCase overview = cases.forChange(users.current(), crn(crn), "record RSR");
		List<FieldProblem> problems = new ArrayList<>(Forms.problems(binding));
		java.time.LocalDate scoredOn = DateInput.date(form.scoredOn());
		if (scoredOn != null && scoredOn.isAfter(java.time.LocalDate.now(clock))) {
			problems.add(new FieldProblem("scoredOn", "The date it was scored must be today or in the past"));
		}
		if (!problems.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("overview", overview);
			model.addAttribute("typed", Forms.typed(form));
			model.addAttribute("problems", problems);
			model.addAttribute("errors", FieldProblem.byField(problems));
			return "assessment/rsr-new";
		}
		assessments.recordRsr(users.current(), crn(crn), new java.math.BigDecimal(form.percent().strip()), scoredOn,
				form.source().strip());
		redirect.addFlashAttribute("success", "RSR recorded.");
		return "redirect:/cases/" + overview.person().crn() + "/risk#assessment";
	}

	private static Crn crn(String typed) {
		return Crn.parse(typed).orElseThrow(() -> new NotFound("No person on probation has the CRN " + typed));
	}

}
