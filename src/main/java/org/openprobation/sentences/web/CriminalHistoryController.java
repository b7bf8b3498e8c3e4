package org.openprobation.sentences.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.openprobation.access.Users;
import org.openprobation.sentences.application.CriminalHistory;
import org.openprobation.shared.BadRequest;
import org.openprobation.shared.CasePage;
import org.openprobation.shared.Crn;
import org.openprobation.shared.DateInput;
import org.openprobation.shared.FieldProblem;
import org.openprobation.shared.Forms;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The date of the first sanction, asked for when OGRS3 needs it. */
@Controller
class CriminalHistoryController {

	private final CriminalHistory history;

	private final Users users;

	CriminalHistoryController(CriminalHistory history, Users users) {
		this.history = history;
		this.users = users;
	}

	@GetMapping("/cases/{crn}/first-sanction")
	String form(@PathVariable String crn, Model model) {
		CriminalHistory.History h = history.forChange(users.current(), crn(crn));
		return page(model, h, h.firstSanctionDate() == null ? Map.of()
				: Forms.typed(new FirstSanctionForm(DateInput.of(h.firstSanctionDate()))), List.of());
	}

	record FirstSanctionForm(@DateInput.Real(label = "date of the first sanction") @Nullable DateInput on) {
	}

	@PostMapping("/cases/{crn}/first-sanction")
	String record(@PathVariable String crn, @Valid FirstSanctionForm form, BindingResult binding,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		CriminalHistory.History h = history.forChange(users.current(), crn(crn));
		try {
			List<FieldProblem> problems = Forms.problems(binding);
			if (!problems.isEmpty()) {
				throw new BadRequest(problems);
			}
			history.recordFirstSanction(users.current(), crn(crn), DateInput.date(form.on()));
			redirect.addFlashAttribute("success",
					"Date of the first sanction recorded: OGRS3 and the tier are " + "calculated with it.");
			return "redirect:/cases/" + h.person().crn() + "/risk#assessment";
		}
		catch (BadRequest bad) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page(model, h, Forms.typed(form), bad.problems());
		}
	}

	private static String page(Model model, CriminalHistory.History h, Map<String, String> typed,
			List<FieldProblem> problems) {
		CasePage.about(h.person().crn());
		model.addAttribute("history", h);
		model.addAttribute("typed", typed);
		model.addAttribute("problems", problems.isEmpty() ? null : problems);
		model.addAttribute("errors", FieldProblem.byField(problems));
		return "sentences/first-sanction";
	}

	private static Crn crn(String typed) {
		return Crn.inPath(typed);
	}

}
