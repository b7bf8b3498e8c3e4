package org.openprobation.planning.web;

import jakarta.validation.Valid;
import org.springframework.validation.BindingResult;
import org.openprobation.shared.Forms;
import org.jspecify.annotations.Nullable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
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
import org.openprobation.assessment.domain.Countersigning;
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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The sentence plan of a case, its objectives and gaps, and reassessing a need. */
@Controller
class PlanController {

	private final PlannedCases cases;

	private final Plans plans;

	private final Users users;

	private final java.time.Clock clock;

	PlanController(PlannedCases cases, Plans plans, Users users, java.time.Clock clock) {
		this.clock = clock;
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

	@GetMapping("/cases/{crn}/plan/countersignature")
	String countersignatureForm(@PathVariable String crn, Model model) {
		PlannedCase overview = cases.forOversight(users.current(), crn(crn), "countersign the sentence plan");
		return countersignaturePage(model, overview, Map.of(), List.of());
	}

	/**
	 * A manager's decision on the plan as it stood when the form opened (its version).
	 */
	record CountersignatureForm(@Nullable String version, @Nullable String decision, @Nullable String reasons) {
	}

	@PostMapping("/cases/{crn}/plan/countersignature")
	String countersign(@PathVariable String crn, CountersignatureForm form, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		PlannedCase overview = cases.forOversight(users.current(), crn(crn), "countersign the sentence plan");
		try {
			var decision = Forms.choice(form.decision(), Countersigning.Decision.class);
			plans.decide(overview.checked(), (int) Math.min(Integer.MAX_VALUE, Forms.id(form.version())), decision,
					form.reasons());
			redirect.addFlashAttribute("success", decision == Countersigning.Decision.COUNTERSIGNED
					? "Sentence plan countersigned." : "Sentence plan returned to the officer.");
			return "redirect:/cases/" + overview.person().crn() + "/plan";
		}
		catch (BadRequest bad) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return countersignaturePage(model, overview, Forms.typed(form), bad.problems());
		}
	}

	private String countersignaturePage(Model model, PlannedCase overview, Map<String, String> typed,
			List<FieldProblem> problems) {
		model.addAttribute("overview", overview);
		model.addAttribute("typed", typed);
		model.addAttribute("decisions", Countersigning.choices());
		model.addAttribute("problems", problems.isEmpty() ? null : problems);
		model.addAttribute("errors", FieldProblem.byField(problems));
		return "planning/plan-countersignature";
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

	record AgreementForm(@Nullable String personsWords, @Nullable String agreed) {
	}

	@PostMapping("/cases/{crn}/plan/agreement")
	String recordAgreement(@PathVariable String crn, AgreementForm form, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		PlannedCase overview = cases.forChange(users.current(), crn(crn), "record the person's agreement");
		try {
			plans.recordAgreement(overview.checked(), stripped(form.personsWords()), Forms.yes(form.agreed()));
		}
		catch (BadRequest bad) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return agreementPage(model, overview, Forms.typed(form), bad.problems());
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

	/**
	 * A review, with each objective's progress and note by its id: {@code status[12]}.
	 */
	record ReviewForm(@Nullable String trigger, @Nullable String summary, @Nullable String personsView,
			@Nullable Map<String, String> status, @Nullable Map<String, String> note) {
	}

	@PostMapping("/cases/{crn}/plan/reviews")
	String review(@PathVariable String crn, ReviewForm form, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		PlannedCase overview = cases.forChange(users.current(), crn(crn), "review the plan");
		Map<String, String> typed = new LinkedHashMap<>();
		typed.put("trigger", stripped(form.trigger()));
		typed.put("summary", stripped(form.summary()));
		typed.put("personsView", stripped(form.personsView()));
		Map<Long, String> statuses = new java.util.HashMap<>();
		Map<Long, String> notes = new java.util.HashMap<>();
		overview.plan().objectives().forEach(o -> {
			String status = stripped(form.status() == null ? null : form.status().get(String.valueOf(o.id())));
			String note = stripped(form.note() == null ? null : form.note().get(String.valueOf(o.id())));
			typed.put("status-" + o.id(), status);
			typed.put("note-" + o.id(), note);
			statuses.put(o.id(), status);
			notes.put(o.id(), note);
		});
		try {
			plans.review(overview.checked(), Forms.choice(form.trigger(), SentencePlan.ReviewTrigger.class),
					typed.get("summary"), typed.get("personsView"), statuses, notes);
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

	record ObjectiveForm(
			@NotBlank(message = "Enter the objective") @Size(max = 1000,
					message = "The objective must be 1,000 characters or fewer") @Nullable String text,
			@Nullable List<String> needs, @Nullable String risk,
			@DateInput.Real(label = "target date") @Nullable DateInput targetDate,
			@Size(max = 2000, message = "The actions must be 2,000 characters or fewer") @Nullable String actions,
			@Nullable String deliveredBy) {
	}

	@PostMapping("/cases/{crn}/plan/objectives")
	String addObjective(@PathVariable String crn, @Valid ObjectiveForm form, BindingResult binding,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		PlannedCase overview = cases.forChange(users.current(), crn(crn), "add a plan objective");
		Set<Need> needs = EnumSet.noneOf(Need.class);
		List<FieldProblem> problems = new ArrayList<>();
		for (String value : form.needs() == null ? List.<String>of() : form.needs()) {
			Need need = Forms.choice(value, Need.class);
			if (need == null) {
				problems.add(new FieldProblem("needs", "Select the needs this objective addresses"));
			}
			else {
				needs.add(need);
			}
		}
		boolean risk = Forms.yes(form.risk());
		if (needs.isEmpty() && !risk) {
			problems.add(new FieldProblem("needs", "Select the needs or the risk of harm this objective addresses"));
		}
		SentencePlan.DeliveredBy deliveredBy = form.deliveredBy() == null || form.deliveredBy().isBlank()
				? SentencePlan.DeliveredBy.OFFICER : Forms.choice(form.deliveredBy(), SentencePlan.DeliveredBy.class);
		if (deliveredBy == null) {
			problems.add(new FieldProblem("deliveredBy", "Select who delivers it"));
		}
		LocalDate target = DateInput.date(form.targetDate());
		if (target != null && !target.isAfter(LocalDate.now(clock))) {
			problems.add(new FieldProblem("targetDate", "The target date must be in the future"));
		}
		else if (target != null && target.isAfter(LocalDate.now(clock).plusYears(3))) {
			problems.add(new FieldProblem("targetDate", "The target date must be within 3 years"));
		}
		problems = Forms.problems(binding, problems);
		if (!problems.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("overview", overview);
			model.addAttribute("typed", Forms.typed(form));
			model.addAttribute("chosen", needs);
			model.addAttribute("problems", problems);
			model.addAttribute("errors", FieldProblem.byField(problems));
			model.addAttribute("needChoices", needChoices());
			model.addAttribute("deliverers", SentencePlan.DeliveredBy.values());
			return "planning/objective-new";
		}
		plans.addObjective(overview.checked(), form.text().strip(), needs, risk, target, stripped(form.actions()),
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

	record RecordGapReasonForm(@Nullable String reason) {
	}

	@PostMapping("/cases/{crn}/plan/gaps/{item}")
	String recordGapReason(@PathVariable String crn, @PathVariable String item, RecordGapReasonForm form,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		String reason = form.reason() == null ? "" : form.reason();
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
		NeedsAssessment.AssessedNeed current = currentNeed(overview, which);
		model.addAttribute("severity", current == null ? "NO_NEED" : current.severity().name());
		model.addAttribute("offending", current != null && current.linkedToOffending());
		model.addAttribute("harm", current != null && current.linkedToHarm());
		model.addAttribute("reviewedNoChange", false);
		model.addAttribute("errors", Map.of());
		return "planning/need-edit";
	}

	record RecordNeedForm(@Nullable String severity, @Nullable String offending, @Nullable String harm,
			@Nullable String reviewedNoChange) {
	}

	@PostMapping("/cases/{crn}/needs/{need}")
	String recordNeed(@PathVariable String crn, @PathVariable String need, RecordNeedForm form,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		@Nullable String severity = form.severity();
		@Nullable String offending = form.offending();
		@Nullable String harm = form.harm();
		PlannedCase overview = cases.forChange(users.current(), crn(crn), "reassess a need");
		Need which = need(need);
		NeedSeverity chosen = null;
		try {
			chosen = severity == null ? null : NeedSeverity.valueOf(severity);
		}
		catch (IllegalArgumentException ex) {
			// reported below
		}
		List<FieldProblem> problems = chosen == null
				? List.of(new FieldProblem("severity", "Select how severe the need is")) : List.of();
		boolean noChange = "yes".equals(form.reviewedNoChange());
		if (chosen != null) {
			try {
				plans.recordNeed(overview.checked(), which, chosen, "yes".equals(offending), "yes".equals(harm),
						noChange);
			}
			catch (org.openprobation.shared.BadRequest bad) {
				problems = bad.problems();
			}
		}
		if (!problems.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("overview", overview);
			model.addAttribute("need", which);
			model.addAttribute("needLabel", which.label());
			model.addAttribute("severity", chosen == null ? "" : chosen.name());
			model.addAttribute("offending", "yes".equals(offending));
			model.addAttribute("harm", "yes".equals(harm));
			model.addAttribute("reviewedNoChange", noChange);
			model.addAttribute("problems", problems);
			model.addAttribute("errors", FieldProblem.byField(problems));
			return "planning/need-edit";
		}
		NeedsAssessment.AssessedNeed before = currentNeed(overview, which);
		boolean same = before != null && before.severity() == chosen
				&& before.linkedToOffending() == ("yes".equals(offending) && chosen != NeedSeverity.NO_NEED)
				&& before.linkedToHarm() == ("yes".equals(harm) && chosen != NeedSeverity.NO_NEED);
		redirect.addFlashAttribute("success",
				which.label() + (same ? " reviewed: recorded with nothing changed." : " reassessed."));
		return "redirect:/cases/" + overview.person().crn() + "/plan";
	}

	/** The need as the case's current needs assessment has it, if assessed. */
	private static NeedsAssessment.@Nullable AssessedNeed currentNeed(PlannedCase overview, Need which) {
		return overview.assessment().needs() == null ? null
				: overview.assessment()
					.needs()
					.needs()
					.stream()
					.filter(n -> n.need() == which)
					.findFirst()
					.orElse(null);
	}

	private static Need need(String typed) {
		try {
			return Need.valueOf(typed);
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

	private static String stripped(@Nullable String typed) {
		return typed == null ? "" : typed.strip();
	}

	private static org.openprobation.shared.Crn crn(String typed) {
		return org.openprobation.shared.Crn.parse(typed)
			.orElseThrow(() -> new org.openprobation.shared.NotFound("No person on probation has the CRN " + typed));
	}

}
