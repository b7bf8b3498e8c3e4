package org.openprobation.allocation.web;

import jakarta.validation.Valid;
import org.springframework.validation.BindingResult;
import org.openprobation.allocation.application.NpsTransfers;
import org.openprobation.allocation.application.SentenceAllocations;
import org.openprobation.shared.Forms;
import org.jspecify.annotations.Nullable;
import jakarta.validation.constraints.Size;
import jakarta.validation.constraints.Pattern;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.openprobation.access.Users;
import org.openprobation.allocation.ProviderAllocations;
import org.openprobation.allocation.domain.TransferDecision;
import org.openprobation.allocation.domain.ProviderAllocationRule;
import org.openprobation.sentences.NewSentence;
import org.openprobation.sentences.OffenceCategory;
import org.openprobation.sentences.RequirementKind;
import org.openprobation.sentences.SentenceKind;
import org.openprobation.shared.BadRequest;
import org.openprobation.shared.Crn;
import org.openprobation.shared.DateInput;
import org.openprobation.shared.FieldProblem;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Recording a new sentence (which runs the NPS/CRC rule), escalating a case to the NPS,
 * and the requests to the NPS with their decisions: GOV.UK forms, Post/Redirect/Get.
 */
@Controller
class ProviderAllocationController {

	private final ProviderAllocations allocations;

	private final Users users;

	private final org.openprobation.access.CaseGate gate;

	private final SentenceAllocations intake;

	private final NpsTransfers transfers;

	private final java.time.Clock clock;

	ProviderAllocationController(ProviderAllocations allocations, Users users, org.openprobation.access.CaseGate gate,
			SentenceAllocations intake, NpsTransfers transfers, java.time.Clock clock) {
		this.clock = clock;
		this.transfers = transfers;
		this.intake = intake;
		this.gate = gate;
		this.allocations = allocations;
		this.users = users;
	}

	@GetMapping("/cases/{crn}/sentences/new")
	String sentenceForm(@PathVariable String crn, Model model) {
		ProviderAllocations.CaseForChange theCase = allocations.caseForChange(users.current(), crn(crn),
				"record a new sentence");
		Map<String, String> typed = new LinkedHashMap<>();
		typed.put("courtAssessment", "true");
		typed.put("team", theCase.defaultTeam() == null ? "" : theCase.defaultTeam());
		return sentencePage(model, theCase, typed, List.of());
	}

	record SentenceForm(@DateInput.Real(label = "date of conviction") @Nullable DateInput convictionDate,
			@Nullable String court, @Nullable String offence, @Nullable String offenceCategory,
			@DateInput.Real(label = "date of the offence") @Nullable DateInput offenceDate, @Nullable String kind,
			@DateInput.Real(label = "date of sentence") @Nullable DateInput sentenceDate,
			@Pattern(regexp = "\\s*\\d{0,4}\\s*",
					message = "Enter the length as a whole number of months") @Nullable String lengthMonths,
			@Nullable String roshLevel, @Nullable String mappaEligible, @Nullable String courtAssessment,
			@Nullable String safeguardingCheckDone, @Nullable String domesticAbuseCheckDone, @Nullable String team,
			@Nullable Map<String, String> requirement, @Nullable Map<String, String> amount) {

		NewSentence sentence(List<FieldProblem> problems) {
			return new NewSentence(DateInput.date(convictionDate), Forms.text(court), Forms.text(offence),
					Forms.choice(offenceCategory, OffenceCategory.class), DateInput.date(offenceDate),
					Forms.choice(kind, SentenceKind.class), DateInput.date(sentenceDate),
					lengthMonths == null || lengthMonths.isBlank() || !lengthMonths.strip().matches("\\d{1,4}") ? null
							: Integer.valueOf(lengthMonths.strip()),
					requirements(problems));
		}

		ProviderAllocations.Basis basis() {
			return new ProviderAllocations.Basis(Forms.text(roshLevel), Forms.yes(mappaEligible),
					Forms.yes(courtAssessment), Forms.yes(safeguardingCheckDone), Forms.yes(domesticAbuseCheckDone));
		}

		private List<NewSentence.NewRequirement> requirements(List<FieldProblem> problems) {
			List<NewSentence.NewRequirement> requirements = new ArrayList<>();
			for (RequirementKind kind : RequirementKind.values()) {
				if (requirement == null || !Forms.yes(requirement.get(kind.name()))) {
					continue;
				}
				String typed = amount == null || amount.get(kind.name()) == null ? "" : amount.get(kind.name()).strip();
				if (typed.isEmpty()) {
					requirements.add(new NewSentence.NewRequirement(kind, null));
				}
				else if (typed.matches("\\d{1,4}")) {
					requirements.add(new NewSentence.NewRequirement(kind, Integer.parseInt(typed)));
				}
				else {
					problems.add(new FieldProblem("requirements." + kind.name(),
							kind.label() + ": enter the amount as a whole number"));
				}
			}
			return requirements;
		}

	}

	@PostMapping("/cases/{crn}/sentences")
	String recordSentence(@PathVariable String crn, @Valid SentenceForm form, BindingResult binding,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		ProviderAllocations.CaseForChange theCase = allocations.caseForChange(users.current(), crn(crn),
				"record a new sentence");
		List<FieldProblem> problems = new ArrayList<>(Forms.problems(binding));
		NewSentence sentence = form.sentence(problems);
		try {
			if (!problems.isEmpty()) {
				// dates and numbers that could not be read: reported with the rest
				throw new BadRequest(Forms.merge(problems, sentence.problems(java.time.LocalDate.now(clock))));
			}
			ProviderAllocations.Recorded recorded = intake.recordSentence(users.current(), crn(crn), sentence,
					form.basis(), Forms.text(form.team()));
			redirect.addFlashAttribute("success", "Sentence recorded. " + outcome(recorded));
			return "redirect:/cases/" + recorded.crn() + "/sentence";
		}
		catch (BadRequest bad) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return sentencePage(model, theCase, Forms.typed(form), bad.problems());
		}
	}

	@GetMapping("/cases/{crn}/release/new")
	String releaseForm(@PathVariable String crn, Model model) {
		model.addAttribute("theCase", allocations.caseForChange(users.current(), crn(crn), "record a release"));
		model.addAttribute("typed", Map.of());
		model.addAttribute("errors", Map.of());
		model.addAttribute("roshLevels", ProviderAllocationRule.ROSH_LEVELS);
		return "allocation/release-new";
	}

	record ReleaseForm(@DateInput.Real(label = "date of release") @Nullable DateInput releaseDate,
			@DateInput.Real(label = "date the licence ends") @Nullable DateInput licenceEndDate,
			@Nullable String roshLevel, @Nullable String mappaEligible, @Nullable String safeguardingCheckDone,
			@Nullable String domesticAbuseCheckDone, @Nullable String team) {

		ProviderAllocations.Basis basis() {
			return new ProviderAllocations.Basis(Forms.text(roshLevel), Forms.yes(mappaEligible), true,
					Forms.yes(safeguardingCheckDone), Forms.yes(domesticAbuseCheckDone));
		}

	}

	@PostMapping("/cases/{crn}/release")
	String recordRelease(@PathVariable String crn, @Valid ReleaseForm form, BindingResult binding,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		ProviderAllocations.CaseForChange theCase = allocations.caseForChange(users.current(), crn(crn),
				"record a release");
		try {
			List<FieldProblem> problems = Forms.problems(binding);
			if (!problems.isEmpty()) {
				throw new BadRequest(problems);
			}
			java.time.LocalDate ends = DateInput.date(form.licenceEndDate());
			ProviderAllocations.Recorded recorded = intake.recordRelease(users.current(), crn(crn),
					DateInput.date(form.releaseDate()), ends, form.basis(), Forms.text(form.team()));
			redirect.addFlashAttribute("success",
					"Release recorded: on licence until "
							+ ends.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy")) + ". "
							+ outcome(recorded));
			return "redirect:/cases/" + recorded.crn() + "/sentence";
		}
		catch (BadRequest bad) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("theCase", theCase);
			model.addAttribute("typed", Forms.typed(form));
			model.addAttribute("problems", bad.problems());
			model.addAttribute("errors", FieldProblem.byField(bad.problems()));
			model.addAttribute("roshLevels", ProviderAllocationRule.ROSH_LEVELS);
			return "allocation/release-new";
		}
	}

	@GetMapping("/cases/{crn}/escalation/new")
	String escalationForm(@PathVariable String crn, Model model) {
		model.addAttribute("theCase", allocations.caseForChange(users.current(), crn(crn), "escalate to the NPS"));
		model.addAttribute("reasons", "");
		return "allocation/escalation-new";
	}

	record EscalateForm(@Nullable String reasons) {
	}

	@PostMapping("/cases/{crn}/escalation")
	String escalate(@PathVariable String crn, EscalateForm form, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		String reasons = form.reasons() == null ? "" : form.reasons();
		ProviderAllocations.CaseForChange theCase = allocations.caseForChange(users.current(), crn(crn),
				"escalate to the NPS");
		try {
			ProviderAllocations.TransferView view = transfers.escalate(users.current(), crn(crn), reasons);
			redirect.addFlashAttribute("success",
					"Escalated to the NPS. Their decision is due by " + view.transfer()
						.decisionDueOn()
						.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy")) + ".");
			return "redirect:/cases/" + theCase.crn();
		}
		catch (BadRequest bad) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("theCase", theCase);
			model.addAttribute("reasons", reasons);
			model.addAttribute("problems", bad.problems());
			return "allocation/escalation-new";
		}
	}

	@GetMapping("/transfers")
	String transfers(Model model) {
		List<ProviderAllocations.TransferView> requests = this.transfers.transfers(users.current());
		List<ProviderAllocations.TransferView> shown = gate
			.list(users.current(), requests, t -> t.transfer().personId(), "VIEW_TRANSFERS", "Requests to the NPS")
			.rows();
		model.addAttribute("transfers", shown);
		model.addAttribute("hiddenCases", requests.size() - shown.size());
		model.addAttribute("decides", users.current()
			.hasAny(org.openprobation.access.Role.AREA_MANAGER, org.openprobation.access.Role.ADMIN));
		return "allocation/transfers";
	}

	@GetMapping("/transfers/{id}")
	String decisionForm(@PathVariable long id, Model model) {
		model.addAttribute("view", transfers.transfer(users.current(), id));
		model.addAttribute("typed", Map.of());
		model.addAttribute("decisions", TransferDecision.values());
		return "allocation/transfer-decision";
	}

	record DecisionForm(@Nullable String decision, @Size(max = 4000,
			message = "The reasons must be 4000 characters or fewer") @Nullable String decisionReasons) {
	}

	@PostMapping("/transfers/{id}")
	String decide(@PathVariable long id, @Valid DecisionForm form, BindingResult binding, HttpServletResponse response,
			Model model, RedirectAttributes redirect) {
		try {
			// who may decide is answered before what is wrong with the form
			transfers.checkMayDecide(users.current(), id);
			List<FieldProblem> problems = Forms.problems(binding);
			if (!problems.isEmpty()) {
				throw new BadRequest(problems);
			}
			ProviderAllocations.TransferView view = transfers.decide(users.current(), id, Forms.text(form.decision()),
					Forms.text(form.decisionReasons()));
			redirect.addFlashAttribute("success",
					view.personName() + " (" + view.crn() + "): "
							+ (view.transfer().decision() == TransferDecision.ACCEPTED
									? "accepted by the NPS and transferred."
									: "rejected by the NPS; the case stays here."));
			return "redirect:/transfers";
		}
		catch (BadRequest bad) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("view", transfers.transfer(users.current(), id));
			model.addAttribute("typed", Forms.typed(form));
			model.addAttribute("problems", bad.problems());
			model.addAttribute("errors", FieldProblem.byField(bad.problems()));
			model.addAttribute("decisions", TransferDecision.values());
			return "allocation/transfer-decision";
		}
	}

	@GetMapping("/settings/allocation-rule")
	String rule(Model model) {
		return rulePage(model, null);
	}

	record ChangeRuleForm(@Nullable List<String> npsRoshLevels, @Nullable Boolean npsWhenMappaEligible) {
	}

	@PostMapping("/settings/allocation-rule")
	String changeRule(ChangeRuleForm form, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		@Nullable List<String> levels = form.npsRoshLevels();
		boolean npsWhenMappaEligible = form.npsWhenMappaEligible() == null ? false : form.npsWhenMappaEligible();
		org.openprobation.access.CurrentUser user = users.current();
		try {
			allocations.changeRule(user, providerOf(user), new java.util.HashSet<>(levels == null ? List.of() : levels),
					npsWhenMappaEligible);
		}
		catch (BadRequest bad) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return rulePage(model, bad.problems());
		}
		redirect.addFlashAttribute("success", "The allocation rule is saved.");
		return "redirect:/settings/allocation-rule";
	}

	private String rulePage(Model model, List<FieldProblem> problems) {
		org.openprobation.access.CurrentUser user = users.current();
		long provider = providerOf(user);
		ProviderAllocationRule rule = allocations.rule(provider);
		model.addAttribute("rule", rule);
		model.addAttribute("levels", ProviderAllocationRule.ROSH_LEVELS);
		model.addAttribute("describe", rule.describe());
		model.addAttribute("providerName", allocations.providerName(provider));
		model.addAttribute("mayChange",
				user.hasAny(org.openprobation.access.Role.ADMIN, org.openprobation.access.Role.AREA_MANAGER));
		model.addAttribute("problems", problems);
		return "allocation/allocation-rule";
	}

	/** The user's provider; an administrator of no provider configures the first. */
	private long providerOf(org.openprobation.access.CurrentUser user) {
		if (user.providerId() != null) {
			return user.providerId();
		}
		return allocations.defaultProvider();
	}

	private String sentencePage(Model model, ProviderAllocations.CaseForChange theCase, Map<String, String> typed,
			List<FieldProblem> problems) {
		model.addAttribute("theCase", theCase);
		model.addAttribute("typed", typed);
		model.addAttribute("problems", problems.isEmpty() ? null : problems);
		model.addAttribute("errors", FieldProblem.byField(problems));
		model.addAttribute("categories", OffenceCategory.values());
		model.addAttribute("kinds", NewSentence.AT_COURT);
		model.addAttribute("requirementKinds", RequirementKind.values());
		model.addAttribute("roshLevels", ProviderAllocationRule.ROSH_LEVELS);
		return "allocation/sentence-new";
	}

	private static String outcome(ProviderAllocations.Recorded recorded) {
		String text = "Allocation: " + recorded.basis() + ". ";
		if (recorded.transferRequestId() != null) {
			return text + "The case has been referred to the NPS, which decides within 5 working days.";
		}
		if (recorded.queuedInTeam() != null) {
			return text + "The case waits in team " + recorded.queuedInTeam() + "'s allocation queue.";
		}
		return text + "It stays with " + recorded.keptWithOfficer() + ".";
	}

	private static Crn crn(String typed) {
		return Crn.inPath(typed);
	}

}
