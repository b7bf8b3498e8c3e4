package org.openprobation.contacts.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.openprobation.access.Users;
import org.openprobation.contacts.ContactStandards;
import org.openprobation.shared.BadRequest;
import org.openprobation.shared.FieldProblem;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The provider's contact standard: see it, change it with a reason, and its history. */
@Controller
class ContactStandardController {

	private final ContactStandards standards;

	private final Users users;

	ContactStandardController(ContactStandards standards, Users users) {
		this.standards = standards;
		this.users = users;
	}

	@GetMapping("/settings/contact-standard")
	String view(Model model) {
		ContactStandards.View view = standards.view(users.current());
		Map<String, String> typed = new LinkedHashMap<>();
		view.values().forEach((k, v) -> typed.put(k, String.valueOf(v)));
		return page(model, view, typed, List.of());
	}

	@PostMapping("/settings/contact-standard")
	String change(@RequestParam MultiValueMap<String, String> form, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		Map<String, String> typed = new LinkedHashMap<>();
		for (String field : ContactStandards.FIELDS.keySet()) {
			String value = form.getFirst(field);
			typed.put(field, value == null ? "" : value.strip());
		}
		String reason = form.getFirst("reason");
		typed.put("reason", reason == null ? "" : reason);
		try {
			standards.change(users.current(), typed, reason);
			redirect.addFlashAttribute("success", "Contact standard changed. Every case is measured against it now.");
			return "redirect:/settings/contact-standard";
		}
		catch (BadRequest bad) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page(model, standards.view(users.current()), typed, bad.problems());
		}
	}

	private String page(Model model, ContactStandards.View view, Map<String, String> typed,
			List<FieldProblem> problems) {
		model.addAttribute("view", view);
		model.addAttribute("fields", ContactStandards.FIELDS);
		model.addAttribute("typed", typed);
		model.addAttribute("problems", problems.isEmpty() ? null : problems);
		model.addAttribute("errors", FieldProblem.byField(problems));
		return "contacts/standard-settings";
	}

}
