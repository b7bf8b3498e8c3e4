package org.openprobation.enforcement.web;

import org.jspecify.annotations.Nullable;
import org.openprobation.enforcement.application.BreachTimelinessReport;
import org.openprobation.enforcement.application.EnforcementActions;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.openprobation.access.Users;
import org.openprobation.enforcement.Enforcement;
import org.openprobation.enforcement.EnforcementAction;
import org.openprobation.shared.CasePage;
import org.openprobation.shared.BadRequest;
import org.openprobation.shared.Conflict;
import org.openprobation.shared.Crn;
import org.openprobation.shared.FieldProblem;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A case's enforcement: failures awaiting action, warnings with their letters, breach and
 * recall.
 */
@Controller
class EnforcementController {

	private final Enforcement enforcement;

	private final EnforcementActions actions;

	private final BreachTimelinessReport timeliness;

	private final Users users;

	EnforcementController(Enforcement enforcement, EnforcementActions actions, BreachTimelinessReport timeliness,
			Users users) {
		this.enforcement = enforcement;
		this.actions = actions;
		this.timeliness = timeliness;
		this.users = users;
	}

	@GetMapping("/cases/{crn}/enforcement")
	String page(@PathVariable String crn, Model model) {
		model.addAttribute("enforcement", enforcement.of(users.current(), crn(crn)));
		return "enforcement/case";
	}

	@GetMapping("/cases/{crn}/enforcement/{contactId}/warning")
	String warningPreview(@PathVariable String crn, @PathVariable long contactId, Model model,
			RedirectAttributes redirect) {
		try {
			model.addAttribute("preview", actions.previewWarning(users.current(), crn(crn), contactId));
			return "enforcement/warning-preview";
		}
		catch (Conflict conflict) {
			redirect.addFlashAttribute("notice", conflict.getMessage());
			return "redirect:/cases/" + crn + "/enforcement";
		}
	}

	@PostMapping("/cases/{crn}/enforcement/{contactId}/warning")
	String warn(@PathVariable String crn, @PathVariable long contactId, RedirectAttributes redirect) {
		try {
			EnforcementAction warning = actions.warn(users.current(), crn(crn), contactId);
			redirect.addFlashAttribute("success",
					"Warning issued and its letter kept with the case's documents. Print the letter and send it today.");
			return "redirect:/enforcement/" + warning.id() + "/letter";
		}
		catch (Conflict conflict) {
			redirect.addFlashAttribute("notice", conflict.getMessage());
			return "redirect:/cases/" + crn + "/enforcement";
		}
	}

	@GetMapping("/cases/{crn}/enforcement/{contactId}/breach")
	String proposalForm(@PathVariable String crn, @PathVariable long contactId, Model model) {
		model.addAttribute("enforcement", enforcement.ofForChange(users.current(), crn(crn), "propose a breach"));
		model.addAttribute("contactId", contactId);
		model.addAttribute("reasons", "");
		return "enforcement/propose";
	}

	record ProposeForm(@Nullable String reasons) {
	}

	@PostMapping("/cases/{crn}/enforcement/{contactId}/breach")
	String propose(@PathVariable String crn, @PathVariable long contactId, ProposeForm form,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		String reasons = form.reasons() == null ? "" : form.reasons();
		try {
			EnforcementAction action = actions.propose(users.current(), crn(crn), contactId, reasons);
			redirect.addFlashAttribute("success",
					action.kindLabel() + " proposed. A manager must countersign it before it is submitted.");
			return "redirect:/cases/" + crn + "/enforcement";
		}
		catch (Conflict conflict) {
			redirect.addFlashAttribute("notice", "Nothing was saved: " + conflict.getMessage());
			return "redirect:/cases/" + crn + "/enforcement";
		}
		catch (BadRequest bad) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("enforcement", enforcement.of(users.current(), crn(crn)));
			model.addAttribute("contactId", contactId);
			model.addAttribute("reasons", reasons);
			model.addAttribute("problems", bad.problems());
			return "enforcement/propose";
		}
	}

	record DecideForm(@Nullable Integer version, @Nullable String decision, @Nullable String detail) {
	}

	@PostMapping("/enforcement/{id}/decide")
	String decide(@PathVariable long id, DecideForm form, RedirectAttributes redirect) {
		int version = form.version() == null ? -1 : form.version();
		String decision = form.decision() == null ? "" : form.decision();
		String detail = form.detail() == null ? "" : form.detail();
		EnforcementAction[] decided = new EnforcementAction[1];
		String done = act(id, redirect, () -> {
			org.openprobation.enforcement.Decision chosen = null;
			try {
				chosen = decision.isBlank() ? null : org.openprobation.enforcement.Decision.valueOf(decision);
			}
			catch (IllegalArgumentException ex) {
				chosen = null;
			}
			EnforcementAction after = actions.decide(users.current(), id, version, chosen, detail);
			decided[0] = after;
			return after.kindLabel() + " decided: " + after.outcome() + "." + (actions.orderChangedBy(after).isPresent()
					? " Now record the requirements the court added." : "");
		});
		if (decided[0] != null) {
			java.util.Optional<Long> order = actions.orderChangedBy(decided[0]);
			if (order.isPresent()) {
				return "redirect:/cases/" + actions.crnOf(decided[0]) + "/sentences/" + order.get()
						+ "/requirements/new?breach=" + id;
			}
		}
		return done;
	}

	record WarrantForm(@Nullable Integer version, @Nullable String detail) {
	}

	@PostMapping("/enforcement/{id}/warrant")
	String warrant(@PathVariable long id, WarrantForm form, RedirectAttributes redirect) {
		int version = form.version() == null ? -1 : form.version();
		String detail = form.detail() == null ? "" : form.detail();
		return act(id, redirect, () -> {
			actions.warrant(users.current(), id, version, false, detail);
			return "Warrant recorded: it shows on every page of the case until it is executed.";
		});
	}

	record WarrantExecutedForm(@Nullable Integer version) {
	}

	@PostMapping("/enforcement/{id}/warrant-executed")
	String warrantExecuted(@PathVariable long id, WarrantExecutedForm form, RedirectAttributes redirect) {
		int version = form.version() == null ? -1 : form.version();
		return act(id, redirect, () -> {
			actions.warrant(users.current(), id, version, true, null);
			return "Warrant recorded as executed.";
		});
	}

	private String act(long id, RedirectAttributes redirect, java.util.function.Supplier<String> step) {
		String crn = actions.crnOf(actions.action(users.current(), id));
		try {
			redirect.addFlashAttribute("success", step.get());
		}
		catch (BadRequest bad) {
			redirect.addFlashAttribute("notice", "Nothing was saved: "
					+ String.join("; ", bad.problems().stream().map(FieldProblem::message).toList()));
		}
		catch (Conflict conflict) {
			redirect.addFlashAttribute("notice", "Nothing was saved: " + conflict.getMessage());
		}
		return "redirect:/cases/" + crn + "/enforcement";
	}

	record AdvanceForm(@Nullable Integer version, @Nullable String detail) {
	}

	@PostMapping("/enforcement/{id}/{step}")
	String advance(@PathVariable long id, @PathVariable String step, AdvanceForm form, RedirectAttributes redirect) {
		int version = form.version() == null ? -1 : form.version();
		String detail = form.detail() == null ? "" : form.detail();
		return act(id, redirect, () -> {
			EnforcementAction after = actions.advance(users.current(), id, version, step, detail);
			return switch (after.state()) {
				case COUNTERSIGNED -> after.kindLabel()
						+ " countersigned. Submitting it is now on the officer's things to do, with its deadline.";
				case SENT_BACK -> after.kindLabel()
						+ " sent back with your reasons. Correcting it is now on the officer's things to do.";
				case PROPOSED ->
					after.kindLabel() + " proposed again. It is back in the managers' queue to countersign.";
				default -> after.kindLabel() + ": " + after.stateLabel().toLowerCase(java.util.Locale.ROOT) + ".";
			};
		});
	}

	@GetMapping("/enforcement/countersignatures")
	String countersignatures(Model model) {
		model.addAttribute("queue", enforcement.countersignatureQueue(users.current()));
		return "enforcement/countersignatures";
	}

	@GetMapping("/enforcement/timeliness")
	String timeliness(Model model) {
		model.addAttribute("t", timeliness.timeliness(users.current()));
		return "enforcement/timeliness";
	}

	@GetMapping("/enforcement/{id}/letter")
	String letter(@PathVariable long id, Model model) {
		EnforcementAction action = actions.letterOf(users.current(), id);
		model.addAttribute("action", action);
		model.addAttribute("crn", actions.crnOf(action));
		CasePage.about(actions.crnOf(action));
		model.addAttribute("lines", List.of(action.letter().split("\n", -1)));
		return "enforcement/letter";
	}

	@GetMapping(value = "/enforcement/{id}/letter.pdf", produces = "application/pdf")
	org.springframework.http.ResponseEntity<byte[]> letterPdf(@PathVariable long id) {
		EnforcementAction action = actions.letterOf(users.current(), id);
		String crn = actions.crnOf(action);
		byte[] pdf = org.openprobation.enforcement.application.LetterPdf.render("Warning letter " + crn,
				List.of(action.letter().split("\n", -1)));
		return org.springframework.http.ResponseEntity.ok()
			.contentType(org.springframework.http.MediaType.APPLICATION_PDF)
			.header("Content-Disposition",
					"inline; filename=\"warning-letter-" + crn + "-" + action.createdOn() + ".pdf\"")
			.header("Cache-Control", "no-store")
			.body(pdf);
	}

	private static Crn crn(String typed) {
		return Crn.inPath(typed);
	}

}
