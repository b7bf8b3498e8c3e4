package org.openprobation.shell.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.openprobation.access.AuditLog;
import org.openprobation.access.CurrentUser;
import org.openprobation.access.Users;
import org.openprobation.assessment.safeguarding.SafeguardingCheck;
import org.openprobation.assessment.safeguarding.SafeguardingChecks;
import org.openprobation.organisation.Organisation;
import org.openprobation.organisation.Team;
import org.openprobation.people.PersonSummary;
import org.openprobation.shared.FieldProblem;
import org.openprobation.shell.CaseOverview;
import org.openprobation.shell.CaseViews;
import org.openprobation.shell.Caseloads;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Safeguarding checks: recording an answer on a case, and a team's outstanding checks.
 */
@Controller
class SafeguardingController {

	private final CaseViews cases;

	private final SafeguardingChecks checks;

	private final Caseloads caseloads;

	private final Organisation organisation;

	private final AuditLog audit;

	private final Users users;

	private final org.openprobation.shell.TeamSafeguarding teamSafeguarding;

	SafeguardingController(org.openprobation.shell.TeamSafeguarding teamSafeguarding, CaseViews cases,
			SafeguardingChecks checks, Caseloads caseloads, Organisation organisation, AuditLog audit, Users users) {
		this.teamSafeguarding = teamSafeguarding;
		this.cases = cases;
		this.checks = checks;
		this.caseloads = caseloads;
		this.organisation = organisation;
		this.audit = audit;
		this.users = users;
	}

	private static SafeguardingCheck find(CaseOverview overview, long id) {
		return overview.safeguarding()
			.stream()
			.filter(c -> c.id() == id)
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	@GetMapping("/cases/{crn}/safeguarding/{id}/response")
	String form(@PathVariable String crn, @PathVariable long id, Model model) {
		CaseOverview overview = cases.overviewForChange(users.current(), crn, "record a safeguarding response");
		model.addAttribute("overview", overview);
		model.addAttribute("check", find(overview, id));
		model.addAttribute("typed", Map.of());
		model.addAttribute("errors", Map.of());
		return "shell/safeguarding-response";
	}

	@PostMapping("/cases/{crn}/safeguarding/{id}/response")
	String record(@PathVariable String crn, @PathVariable long id, @RequestParam(defaultValue = "") String response,
			@RequestParam(defaultValue = "") String whatChanged, @RequestParam(defaultValue = "-1") int version,
			HttpServletResponse http, Model model, RedirectAttributes redirect) {
		CurrentUser user = users.current();
		CaseOverview overview = cases.overviewForChange(user, crn, "record a safeguarding response");
		SafeguardingCheck check = find(overview, id);
		String answer = response.strip();
		String changed = whatChanged.strip();
		FieldProblem problem = answer.isEmpty() ? new FieldProblem("response", "Enter what the agency said")
				: answer.length() > 4000
						? new FieldProblem("response", "The response must be 4,000 characters or fewer")
						: changed.length() > 4000
								? new FieldProblem("whatChanged", "What it changed must be 4,000 characters or fewer")
								: null;
		if (problem == null && !checks.recordResponse(overview.person().id(), id, version, answer,
				changed.isEmpty() ? null : changed)) {
			problem = new FieldProblem("response",
					"This check was answered or changed by someone else while you were typing; nothing was saved. Check the case before trying again");
		}
		if (problem != null) {
			http.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("overview", overview);
			model.addAttribute("check", check);
			model.addAttribute("typed", Map.of("response", response, "whatChanged", whatChanged));
			model.addAttribute("problems", List.of(problem));
			model.addAttribute("errors", FieldProblem.byField(List.of(problem)));
			return "shell/safeguarding-response";
		}
		audit.record(user, "SAFEGUARDING_RESPONSE", overview.person().crn(), check.kind().label() + " answered");
		redirect.addFlashAttribute("success", check.kind().label() + ": response recorded.");
		return "redirect:/cases/" + overview.person().crn() + "#safeguarding";
	}

	@PostMapping("/teams/{code}/safeguarding/{crn}/{id}/{action}")
	String followUp(@PathVariable String code, @PathVariable String crn, @PathVariable long id,
			@PathVariable String action, RedirectAttributes redirect) {
		if (!action.equals("chase") && !action.equals("escalate")) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		CurrentUser user = users.current();
		CaseOverview overview = cases.overviewForChange(user, crn, action + " a safeguarding check");
		SafeguardingCheck check = find(overview, id);
		boolean escalate = action.equals("escalate");
		boolean done = escalate ? checks.recordEscalation(overview.person().id(), id)
				: checks.recordChase(overview.person().id(), id);
		if (done) {
			audit.record(user, escalate ? "SAFEGUARDING_ESCALATED" : "SAFEGUARDING_CHASED", overview.person().crn(),
					check.kind().label() + " to " + check.agency());
			redirect.addFlashAttribute("success", check.kind().label() + " for " + overview.person().name()
					+ (escalate ? ": escalation recorded." : ": chaser recorded."));
		}
		else {
			redirect.addFlashAttribute("success", "Nothing to record: that check was already "
					+ (escalate ? "escalated" : "chased") + " or has been answered.");
		}
		return "redirect:/teams/" + code + "/safeguarding";
	}

	@GetMapping("/teams/{code}/safeguarding")
	String outstanding(@PathVariable String code, Model model) {
		Team team = organisation.team(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		org.openprobation.shell.TeamSafeguarding.Outstanding outstanding = teamSafeguarding.outstanding(users.current(),
				team);
		model.addAttribute("hiddenCases", outstanding.hidden());
		model.addAttribute("team", team);
		model.addAttribute("rows", outstanding.rows());
		model.addAttribute("mayFollowUp", org.openprobation.allocation.Allocations.mayAllocate(users.current(), team));
		return "shell/team-safeguarding";
	}

}
