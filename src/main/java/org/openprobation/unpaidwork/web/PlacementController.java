package org.openprobation.unpaidwork.web;

import jakarta.validation.Valid;
import org.springframework.validation.BindingResult;
import org.openprobation.unpaidwork.application.Placements;
import org.openprobation.shared.Forms;
import org.jspecify.annotations.Nullable;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.openprobation.access.Users;
import org.openprobation.shared.BadRequest;
import org.openprobation.shared.Conflict;
import org.openprobation.shared.Crn;
import org.openprobation.shared.FieldProblem;
import org.openprobation.shared.NotFound;
import org.openprobation.shared.TimeInput;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A person's proposed pattern and availability; the provider's plan for next week. */
@Controller
class PlacementController {

	private final Placements placements;

	private final CasePage casePage;

	private final Users users;

	PlacementController(Placements placements, CasePage casePage, Users users) {
		this.placements = placements;
		this.casePage = casePage;
		this.users = users;
	}

	@GetMapping("/cases/{crn}/unpaid-work/proposal")
	String proposal(@PathVariable String crn, Model model) {
		model.addAttribute("proposal", placements.propose(users.current(), crn(crn)));
		return "unpaidwork/proposal";
	}

	record BookProposalForm(@Nullable List<String> sessionId) {
	}

	@PostMapping("/cases/{crn}/unpaid-work/proposal")
	String bookProposal(@PathVariable String crn, BookProposalForm form, RedirectAttributes redirect) {
		@Nullable List<String> ids = form.sessionId();
		List<Long> sessionIds = ids == null ? List.of()
				: ids.stream().filter(i -> i.matches("\\d{1,18}")).map(Long::valueOf).toList();
		try {
			Placements.Booked booked = placements.bookSessions(users.current(), crn(crn), sessionIds);
			redirect.addFlashAttribute("success", booked.booked() + (booked.booked() == 1 ? " session" : " sessions")
					+ " booked."
					+ (booked.refused().isEmpty() ? "" : " Not booked: " + String.join("; ", booked.refused())));
		}
		catch (BadRequest bad) {
			redirect.addFlashAttribute("notice", "Nothing was booked: select at least one session.");
		}
		return "redirect:/cases/" + crn(crn).value() + "/unpaid-work";
	}

	record UnavailableForm(@Nullable String day,
			@TimeInput.Real(label = "the time from", optional = true) @Nullable String from,
			@TimeInput.Real(label = "the time to", optional = true) @Nullable String to,
			@Size(max = 500, message = "The reason must be 500 characters or fewer") @Nullable String reason) {
	}

	@PostMapping("/cases/{crn}/unpaid-work/availability")
	String addUnavailable(@PathVariable String crn, @Valid UnavailableForm form, BindingResult binding,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		Map<String, String> typed = Forms.typed(form);
		List<FieldProblem> problems = Forms.problems(binding);
		Integer day = typed.get("day").matches("[1-7]") ? Integer.valueOf(typed.get("day")) : null;
		try {
			if (!problems.isEmpty()) {
				throw new BadRequest(problems);
			}
			placements.addUnavailable(users.current(), crn(crn), day, TimeInput.parse(form.from()),
					TimeInput.parse(form.to()), Forms.text(form.reason()));
			redirect.addFlashAttribute("success", "Time recorded: the planner will not book sessions then.");
			return "redirect:/cases/" + crn(crn).value() + "/unpaid-work#availability";
		}
		catch (BadRequest bad) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			List<FieldProblem> all = new ArrayList<>(problems);
			bad.problems().stream().filter(p -> !all.contains(p)).forEach(all::add);
			return casePage.render(model, crn(crn), typed, all);
		}
	}

	@PostMapping("/cases/{crn}/unpaid-work/availability/{id}/remove")
	String removeUnavailable(@PathVariable String crn, @PathVariable long id, RedirectAttributes redirect) {
		placements.removeUnavailable(users.current(), crn(crn), id);
		redirect.addFlashAttribute("success", "Time removed.");
		return "redirect:/cases/" + crn(crn).value() + "/unpaid-work#availability";
	}

	@GetMapping("/unpaid-work/plan")
	String plan(Model model) {
		model.addAttribute("week", placements.planNextWeek(users.current()));
		return "unpaidwork/plan";
	}

	record BookPlanForm(@Nullable String plan) {
	}

	@PostMapping("/unpaid-work/plan/book")
	String bookPlan(BookPlanForm form, RedirectAttributes redirect) {
		String plan = form.plan() == null ? "" : form.plan();
		Placements.Booked booked;
		try {
			booked = placements.bookNextWeek(users.current(), plan);
		}
		catch (Conflict changed) {
			redirect.addFlashAttribute("notice", changed.getMessage());
			return "redirect:/unpaid-work/plan";
		}
		redirect.addFlashAttribute("success", booked.booked() + " bookings made for next week"
				+ (booked.refused().isEmpty() ? "." : "; " + booked.refused().size() + " refused as they were made."));
		return "redirect:/unpaid-work/plan";
	}

	private static Crn crn(String typed) {
		return Crn.parse(typed).orElseThrow(() -> new NotFound("No person on probation has the CRN " + typed));
	}

}
