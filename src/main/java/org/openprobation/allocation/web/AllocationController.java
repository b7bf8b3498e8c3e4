package org.openprobation.allocation.web;

import org.openprobation.allocation.application.PractitionerAllocations;
import org.openprobation.shared.Forms;
import org.jspecify.annotations.Nullable;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.openprobation.access.Users;
import org.openprobation.allocation.Allocations;
import org.openprobation.organisation.Organisation;
import org.openprobation.organisation.Team;
import org.openprobation.shared.BadRequest;
import org.openprobation.shared.Crn;
import org.openprobation.shared.FieldProblem;
import org.openprobation.shared.NotFound;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The team's unallocated-cases queue, the allocation page with its recommendation, and
 * reallocation of a case: GOV.UK forms, Post/Redirect/Get.
 */
@Controller
class AllocationController {

	private final Allocations allocations;

	private final Organisation organisation;

	private final Users users;

	private final PractitionerAllocations practitionerAllocations;

	AllocationController(Allocations allocations, Organisation organisation, Users users,
			PractitionerAllocations practitionerAllocations) {
		this.practitionerAllocations = practitionerAllocations;
		this.allocations = allocations;
		this.organisation = organisation;
		this.users = users;
	}

	@GetMapping("/teams/{code}/allocations")
	String queue(@PathVariable String code, Model model) {
		org.openprobation.access.CurrentUser user = users.current();
		Allocations.Queue queue = allocations.queueOf(user, team(code));
		model.addAttribute("queue", queue);
		model.addAttribute("hiddenCases", queue.hidden());
		return "allocation/queue";
	}

	/** The signed-in senior probation officer's own team's queue. */
	@GetMapping("/team/allocations")
	String ownQueue() {
		Long teamId = users.current().teamId();
		if (teamId == null) {
			throw new NotFound("You are not a member of a team.");
		}
		return organisation.teamCode(teamId)
			.map(code -> "redirect:/teams/" + code + "/allocations")
			.orElseThrow(() -> new NotFound("You are not a member of a team."));
	}

	@GetMapping("/teams/{code}/allocations/{id}")
	String proposal(@PathVariable String code, @PathVariable long id, Model model) {
		Team team = team(code);
		model.addAttribute("proposal", practitionerAllocations.proposal(users.current(), team, id));
		model.addAttribute("typed", Map.of());
		return "allocation/allocate";
	}

	record AllocationForm(@Nullable String staffCode, @Nullable String overrideReason, @Nullable String confirmReason) {
	}

	@PostMapping("/teams/{code}/allocations/{id}")
	String allocate(@PathVariable String code, @PathVariable long id, AllocationForm form, HttpServletResponse response,
			Model model, RedirectAttributes redirect) {
		Team team = team(code);
		Map<String, String> typed = Forms.typed(form);
		try {
			Allocations.Allocated done = practitionerAllocations.allocate(users.current(), team, id,
					typed.get("staffCode"), typed.get("overrideReason"), typed.get("confirmReason"));
			redirect.addFlashAttribute("success", done.personName() + " (" + done.crn() + ") allocated to "
					+ done.officer().name()
					+ (done.capacityAfter() == null ? "." : "; their capacity is now " + done.capacityAfter() + "%."));
			return "redirect:/teams/" + team.code() + "/workload";
		}
		catch (BadRequest bad) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("proposal", practitionerAllocations.proposal(users.current(), team, id));
			model.addAttribute("typed", typed);
			model.addAttribute("problems", bad.problems());
			model.addAttribute("errors", FieldProblem.byField(bad.problems()));
			return "allocation/allocate";
		}
	}

	@GetMapping("/cases/{crn}/reallocate")
	String reallocation(@PathVariable String crn, Model model) {
		model.addAttribute("proposal", practitionerAllocations.reallocationProposal(users.current(), crn(crn)));
		model.addAttribute("typed", Map.of());
		model.addAttribute("reasons", Allocations.ReallocationReason.values());
		return "allocation/allocate";
	}

	record ReallocationForm(@Nullable String staffCode, @Nullable String overrideReason, @Nullable String reason,
			@Nullable String details, @Nullable String confirmReason) {
	}

	@PostMapping("/cases/{crn}/reallocate")
	String reallocate(@PathVariable String crn, ReallocationForm form, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		Map<String, String> typed = Forms.typed(form);
		try {
			Allocations.Allocated done = practitionerAllocations.reallocate(users.current(), crn(crn),
					typed.get("staffCode"), typed.get("reason"), typed.get("details"), typed.get("overrideReason"),
					typed.get("confirmReason"));
			redirect.addFlashAttribute("success", "Case reallocated to " + done.officer().name()
					+ (done.capacityAfter() == null ? "." : "; their capacity is now " + done.capacityAfter() + "%."));
			return "redirect:/cases/" + done.crn();
		}
		catch (BadRequest bad) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("proposal", practitionerAllocations.reallocationProposal(users.current(), crn(crn)));
			model.addAttribute("typed", typed);
			model.addAttribute("reasons", Allocations.ReallocationReason.values());
			model.addAttribute("problems", bad.problems());
			model.addAttribute("errors", FieldProblem.byField(bad.problems()));
			return "allocation/allocate";
		}
	}

	private Team team(String code) {
		return organisation.team(code).orElseThrow(() -> new NotFound("There is no team with the code " + code + "."));
	}

	private static Crn crn(String typed) {
		return Crn.inPath(typed);
	}

}
