package org.openprobation.assessment.safeguarding.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.openprobation.access.Users;
import org.openprobation.assessment.safeguarding.application.SafeguardingFollowUps;
import org.openprobation.assessment.safeguarding.application.SafeguardingFollowUps.CheckOnCase;
import org.openprobation.shared.BadRequest;
import org.openprobation.shared.Crn;
import org.openprobation.shared.FieldProblem;
import org.openprobation.shared.Forms;
import org.openprobation.shared.NotFound;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A case's safeguarding checks followed up: recording the agency's answer on the case,
 * and chasing or escalating from the team's list of outstanding checks.
 */
@Controller
class SafeguardingController {

	private final SafeguardingFollowUps followUps;

	private final Users users;

	SafeguardingController(SafeguardingFollowUps followUps, Users users) {
		this.followUps = followUps;
		this.users = users;
	}

	@GetMapping("/cases/{crn}/safeguarding/{id}/response")
	String form(@PathVariable String crn, @PathVariable long id, Model model) {
		CheckOnCase opened = followUps.open(users.current(), crn(crn), id, "record a safeguarding response");
		return page(model, opened, Map.of(), List.of());
	}

	/**
	 * The answer as typed, with the version of the check it answers (so an answer given
	 * meanwhile by someone else is not overwritten).
	 */
	record ResponseForm(@Nullable String response, @Nullable String whatChanged, @Nullable Integer version) {
	}

	@PostMapping("/cases/{crn}/safeguarding/{id}/response")
	String record(@PathVariable String crn, @PathVariable long id, ResponseForm form, HttpServletResponse http,
			Model model, RedirectAttributes redirect) {
		CheckOnCase answered;
		try {
			answered = followUps.recordResponse(users.current(), crn(crn), id, form.version(), form.response(),
					form.whatChanged());
		}
		catch (BadRequest bad) {
			http.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page(model, followUps.open(users.current(), crn(crn), id, "record a safeguarding response"),
					Forms.typed(form), bad.problems());
		}
		redirect.addFlashAttribute("success", answered.check().kind().label() + ": response recorded.");
		return "redirect:/cases/" + answered.overview().person().crn() + "/risk#safeguarding";
	}

	@PostMapping("/teams/{code}/safeguarding/{crn}/{id}/chase")
	String chase(@PathVariable String code, @PathVariable String crn, @PathVariable long id,
			RedirectAttributes redirect) {
		return back(code, followUps.chase(users.current(), crn(crn), id), "chased", "chaser", redirect);
	}

	@PostMapping("/teams/{code}/safeguarding/{crn}/{id}/escalate")
	String escalate(@PathVariable String code, @PathVariable String crn, @PathVariable long id,
			RedirectAttributes redirect) {
		return back(code, followUps.escalate(users.current(), crn(crn), id), "escalated", "escalation", redirect);
	}

	private static String back(String team, SafeguardingFollowUps.FollowUp done, String verb, String noun,
			RedirectAttributes redirect) {
		redirect.addFlashAttribute("success", done.recorded() ? followedUp(done) + ": " + noun + " recorded."
				: "Nothing to record: that check was already " + verb + " or has been answered.");
		return "redirect:/teams/" + team + "/safeguarding";
	}

	private static String followedUp(SafeguardingFollowUps.FollowUp done) {
		return done.opened().check().kind().label() + " for " + done.opened().overview().person().name();
	}

	private static String page(Model model, CheckOnCase opened, Map<String, String> typed,
			List<FieldProblem> problems) {
		model.addAttribute("overview", opened.overview());
		model.addAttribute("check", opened.check());
		model.addAttribute("typed", typed);
		model.addAttribute("problems", problems.isEmpty() ? null : problems);
		model.addAttribute("errors", FieldProblem.byField(problems));
		return "assessment/safeguarding-response";
	}

	private static Crn crn(String typed) {
		return Crn.parse(typed).orElseThrow(() -> new NotFound("No person on probation has the CRN " + typed));
	}

}
