package org.openprobation.allocation.web;

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
import org.openprobation.shared.NotFound;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Recording a new sentence (which runs the NPS/CRC rule), escalating a case to the NPS,
 * and the requests to the NPS with their decisions: GOV.UK forms, Post/Redirect/Get.
 */
@Controller
class ProviderAllocationController {

	private static final List<String> SENTENCE_FIELDS = List.of("convictionDate-day", "convictionDate-month",
			"convictionDate-year", "court", "offence", "offenceCategory", "offenceDate-day", "offenceDate-month",
			"offenceDate-year", "kind", "sentenceDate-day", "sentenceDate-month", "sentenceDate-year", "lengthMonths",
			"roshLevel", "mappaEligible", "courtAssessment", "safeguardingCheckDone", "domesticAbuseCheckDone", "team");

	private final ProviderAllocations allocations;

	private final Users users;

	private final org.openprobation.access.CaseGate gate;

	ProviderAllocationController(ProviderAllocations allocations, Users users, org.openprobation.access.CaseGate gate) {
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

	@PostMapping("/cases/{crn}/sentences")
	String recordSentence(@PathVariable String crn, @RequestParam MultiValueMap<String, String> form,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		ProviderAllocations.CaseForChange theCase = allocations.caseForChange(users.current(), crn(crn),
				"record a new sentence");
		Map<String, String> typed = new LinkedHashMap<>();
		for (String field : SENTENCE_FIELDS) {
			String value = form.getFirst(field);
			typed.put(field, value == null ? "" : value.strip());
		}
		for (RequirementKind kind : RequirementKind.values()) {
			String ticked = form.getFirst("requirement-" + kind.name());
			String amount = form.getFirst("amount-" + kind.name());
			typed.put("requirement-" + kind.name(), ticked == null ? "" : "true");
			typed.put("amount-" + kind.name(), amount == null ? "" : amount.strip());
		}
		List<FieldProblem> problems = new ArrayList<>();
		NewSentence sentence = new NewSentence(DateInput.read(typed, "convictionDate", "date of conviction", problems),
				typed.get("court"), typed.get("offence"), enumOf(OffenceCategory.class, typed.get("offenceCategory")),
				DateInput.read(typed, "offenceDate", "date of the offence", problems),
				enumOf(SentenceKind.class, typed.get("kind")),
				DateInput.read(typed, "sentenceDate", "date of sentence", problems),
				wholeNumber(typed.get("lengthMonths"), "lengthMonths", problems), requirements(typed, problems));
		ProviderAllocations.Basis basis = new ProviderAllocations.Basis(
				typed.get("roshLevel").isEmpty() ? null : typed.get("roshLevel"), ticked(typed, "mappaEligible"),
				ticked(typed, "courtAssessment"), ticked(typed, "safeguardingCheckDone"),
				ticked(typed, "domesticAbuseCheckDone"));
		try {
			if (!problems.isEmpty()) {
				// dates and numbers that could not be read: report them with the rest
				List<FieldProblem> all = new ArrayList<>(problems);
				sentence.problems(java.time.LocalDate.now())
					.stream()
					.filter(p -> problems.stream().noneMatch(q -> q.field().equals(p.field())))
					.forEach(all::add);
				throw new BadRequest(all);
			}
			ProviderAllocations.Recorded recorded = allocations.recordSentence(users.current(), crn(crn), sentence,
					basis, typed.get("team"));
			redirect.addFlashAttribute("success", "Sentence recorded. " + outcome(recorded));
			return "redirect:/cases/" + recorded.crn();
		}
		catch (BadRequest bad) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return sentencePage(model, theCase, typed, bad.problems());
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

	@PostMapping("/cases/{crn}/release")
	String recordRelease(@PathVariable String crn, @RequestParam MultiValueMap<String, String> form,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		ProviderAllocations.CaseForChange theCase = allocations.caseForChange(users.current(), crn(crn),
				"record a release");
		Map<String, String> typed = new LinkedHashMap<>();
		for (String field : List.of("releaseDate-day", "releaseDate-month", "releaseDate-year", "licenceEndDate-day",
				"licenceEndDate-month", "licenceEndDate-year", "roshLevel", "mappaEligible", "safeguardingCheckDone",
				"domesticAbuseCheckDone", "team")) {
			String value = form.getFirst(field);
			typed.put(field, value == null ? "" : value.strip());
		}
		List<FieldProblem> problems = new ArrayList<>();
		java.time.LocalDate released = DateInput.read(typed, "releaseDate", "date of release", problems);
		java.time.LocalDate ends = DateInput.read(typed, "licenceEndDate", "date the licence ends", problems);
		ProviderAllocations.Basis basis = new ProviderAllocations.Basis(
				typed.get("roshLevel").isEmpty() ? null : typed.get("roshLevel"), ticked(typed, "mappaEligible"), true,
				ticked(typed, "safeguardingCheckDone"), ticked(typed, "domesticAbuseCheckDone"));
		try {
			if (!problems.isEmpty()) {
				throw new BadRequest(problems);
			}
			ProviderAllocations.Recorded recorded = allocations.recordRelease(users.current(), crn(crn), released, ends,
					basis, typed.get("team"));
			redirect.addFlashAttribute("success",
					"Release recorded: on licence until "
							+ ends.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy")) + ". "
							+ outcome(recorded));
			return "redirect:/cases/" + recorded.crn();
		}
		catch (BadRequest bad) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("theCase", theCase);
			model.addAttribute("typed", typed);
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

	@PostMapping("/cases/{crn}/escalation")
	String escalate(@PathVariable String crn, @RequestParam(defaultValue = "") String reasons,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		ProviderAllocations.CaseForChange theCase = allocations.caseForChange(users.current(), crn(crn),
				"escalate to the NPS");
		try {
			ProviderAllocations.TransferView view = allocations.escalate(users.current(), crn(crn), reasons);
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
		List<ProviderAllocations.TransferView> transfers = allocations.transfers(users.current());
		List<ProviderAllocations.TransferView> shown = gate
			.list(users.current(), transfers, t -> t.transfer().personId(), "VIEW_TRANSFERS", "Requests to the NPS")
			.rows();
		model.addAttribute("transfers", shown);
		model.addAttribute("hiddenCases", transfers.size() - shown.size());
		model.addAttribute("decides", users.current()
			.hasAny(org.openprobation.access.Role.AREA_MANAGER, org.openprobation.access.Role.ADMIN));
		return "allocation/transfers";
	}

	@GetMapping("/transfers/{id}")
	String decisionForm(@PathVariable long id, Model model) {
		model.addAttribute("view", allocations.transfer(users.current(), id));
		model.addAttribute("typed", Map.of());
		model.addAttribute("decisions", TransferDecision.values());
		return "allocation/transfer-decision";
	}

	@PostMapping("/transfers/{id}")
	String decide(@PathVariable long id, @RequestParam MultiValueMap<String, String> form, HttpServletResponse response,
			Model model, RedirectAttributes redirect) {
		Map<String, String> typed = new LinkedHashMap<>();
		for (String field : List.of("decision", "decisionReasons")) {
			String value = form.getFirst(field);
			typed.put(field, value == null ? "" : value.strip());
		}
		try {
			ProviderAllocations.TransferView view = allocations.decide(users.current(), id, typed.get("decision"),
					typed.get("decisionReasons"));
			redirect.addFlashAttribute("success",
					view.personName() + " (" + view.crn() + "): "
							+ (view.transfer().decision() == TransferDecision.ACCEPTED
									? "accepted by the NPS and transferred."
									: "rejected by the NPS; the case stays here."));
			return "redirect:/transfers";
		}
		catch (BadRequest bad) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("view", allocations.transfer(users.current(), id));
			model.addAttribute("typed", typed);
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

	@PostMapping("/settings/allocation-rule")
	String changeRule(@RequestParam(name = "npsRoshLevels", required = false) List<String> levels,
			@RequestParam(defaultValue = "false") boolean npsWhenMappaEligible, HttpServletResponse response,
			Model model, RedirectAttributes redirect) {
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

	private static List<NewSentence.NewRequirement> requirements(Map<String, String> typed,
			List<FieldProblem> problems) {
		List<NewSentence.NewRequirement> requirements = new ArrayList<>();
		for (RequirementKind kind : RequirementKind.values()) {
			if (!"true".equals(typed.get("requirement-" + kind.name()))) {
				continue;
			}
			String amount = typed.get("amount-" + kind.name());
			if (amount.isEmpty()) {
				requirements.add(new NewSentence.NewRequirement(kind, null));
			}
			else if (amount.matches("\\d{1,4}")) {
				requirements.add(new NewSentence.NewRequirement(kind, Integer.parseInt(amount)));
			}
			else {
				problems.add(new FieldProblem("requirements." + kind.name(),
						kind.label() + ": enter the amount as a whole number"));
			}
		}
		return requirements;
	}

	private static boolean ticked(Map<String, String> typed, String field) {
		return "true".equals(typed.get(field));
	}

	private static <E extends Enum<E>> E enumOf(Class<E> type, String typed) {
		try {
			return typed == null || typed.isEmpty() ? null : Enum.valueOf(type, typed);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static Integer wholeNumber(String typed, String field, List<FieldProblem> problems) {
		if (typed == null || typed.isEmpty()) {
			return null;
		}
		if (!typed.matches("\\d{1,4}")) {
			problems.add(new FieldProblem(field, "Enter the length as a whole number of months"));
			return null;
		}
		return Integer.parseInt(typed);
	}

	private static Crn crn(String typed) {
		return Crn.parse(typed)
			.orElseThrow(() -> new NotFound("That is not a CRN: a CRN is one letter followed by six digits"));
	}

}
