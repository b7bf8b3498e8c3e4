package org.openprobation.contacts.web;

import org.jspecify.annotations.Nullable;
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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
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

	/**
	 * The standard's values by name ({@code values[intensiveWeeks]}) and why they change.
	 */
	record StandardForm(@Nullable Map<String, String> values, @Nullable String reason) {
	}

	@PostMapping("/settings/contact-standard")
	String change(StandardForm form, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		Map<String, String> typed = new LinkedHashMap<>();
		for (String field : ContactStandards.FIELDS.keySet()) {
			String value = form.values() == null ? null : form.values().get(field);
			typed.put(field, value == null ? "" : value.strip());
		}
		typed.put("reason", form.reason() == null ? "" : form.reason());
		try {
			standards.change(users.current(), typed, form.reason());
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
