package org.openprobation.shell.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.openprobation.access.Users;
import org.openprobation.people.PersonRecord;
import org.openprobation.shared.Crn;
import org.openprobation.shared.FieldProblem;
import org.openprobation.shared.Forms;
import org.openprobation.shared.NotFound;
import org.openprobation.shell.SubjectAccess;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A copy of the record for the person it is about: written as a PDF, kept on the case
 * with its documents, and downloaded from there.
 */
@Controller
class SubjectAccessController {

	private final SubjectAccess subjectAccess;

	private final Users users;

	SubjectAccessController(SubjectAccess subjectAccess, Users users) {
		this.subjectAccess = subjectAccess;
		this.users = users;
	}

	@GetMapping("/cases/{crn}/subject-access")
	String form(@PathVariable String crn, Model model) {
		return page(model, subjectAccess.caseForCopy(users.current(), crn(crn)), Map.of(), List.of());
	}

	record CopyForm(@Nullable String identityChecked) {
	}

	@PostMapping("/cases/{crn}/subject-access")
	String copy(@PathVariable String crn, CopyForm form, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		if (!Forms.yes(form.identityChecked())) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page(model, subjectAccess.caseForCopy(users.current(), crn(crn)), Forms.typed(form),
					List.of(new FieldProblem("identityChecked",
							"Confirm you have checked that the request comes from the person")));
		}
		long document = subjectAccess.copy(users.current(), crn(crn));
		redirect.addFlashAttribute("success",
				"Copy of the record written and kept with the case's documents: download it to give to the person.");
		return "redirect:/documents/" + document;
	}

	private String page(Model model, PersonRecord person, Map<String, String> typed, List<FieldProblem> problems) {
		model.addAttribute("person", person);
		model.addAttribute("typed", typed);
		model.addAttribute("problems", problems.isEmpty() ? null : problems);
		model.addAttribute("errors", FieldProblem.byField(problems));
		return "shell/subject-access";
	}

	private static Crn crn(String typed) {
		return Crn.parse(typed).orElseThrow(() -> new NotFound("No person on probation has the CRN " + typed));
	}

}
