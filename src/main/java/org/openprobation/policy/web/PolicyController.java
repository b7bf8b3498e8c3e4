package org.openprobation.policy.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.openprobation.policy.application.PolicyChanges;
import org.openprobation.access.Users;
import org.openprobation.policy.PolicyField;
import org.openprobation.policy.ProviderPolicies;
import org.openprobation.shared.BadRequest;
import org.openprobation.policy.PolicyGrid;
import org.openprobation.shared.FieldProblem;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The provider's policy settings: the list, and each policy seen, changed and its
 * history.
 */
@Controller
class PolicyController {

	private final ProviderPolicies policies;

	private final Users users;

	private final PolicyChanges changes;

	PolicyController(ProviderPolicies policies, Users users, PolicyChanges changes) {
		this.changes = changes;
		this.policies = policies;
		this.users = users;
	}

	@GetMapping("/settings/policies")
	String list(Model model) {
		model.addAttribute("policies", policies.list(users.current()));
		return "policy/list";
	}

	@GetMapping("/settings/policies/{key}")
	String view(@PathVariable String key, Model model) {
		ProviderPolicies.View view = policies.view(users.current(), key);
		Map<String, String> typed = new LinkedHashMap<>();
		view.values().forEach((name, value) -> typed.put(name, String.valueOf(value)));
		return page(model, view, typed, "", List.of());
	}

	@PostMapping("/settings/policies/{key}")
	String change(@PathVariable String key, @ModelAttribute PolicyForm form, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		ProviderPolicies.View before = policies.view(users.current(), key);
		Map<String, String> typed = new LinkedHashMap<>();
		for (PolicyField field : before.policy().fields()) {
			typed.put(field.name(), form.typed().getOrDefault(field.name(), "").strip());
		}
		try {
			changes.change(users.current(), key, typed, form.reason());
			redirect.addFlashAttribute("success", before.policy().title() + " changed. It applies from now.");
			return "redirect:/settings/policies/" + before.policy().key();
		}
		catch (BadRequest bad) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page(model, before, typed, form.reason() == null ? "" : form.reason(), bad.problems());
		}
	}

	private String page(Model model, ProviderPolicies.View view, Map<String, String> typed, String reason,
			List<FieldProblem> problems) {
		model.addAttribute("view", view);
		model.addAttribute("typed", typed);
		model.addAttribute("reason", reason);
		model.addAttribute("problems", problems.isEmpty() ? null : problems);
		model.addAttribute("errors", FieldProblem.byField(problems));
		PolicyGrid grid = view.policy().grid();
		model.addAttribute("grid", grid);
		Map<String, String> labels = new LinkedHashMap<>();
		view.policy().fields().forEach(f -> labels.put(f.name(), f.label()));
		model.addAttribute("labels", labels);
		if (grid != null) {
			model.addAttribute("gridHasError", problems.stream().anyMatch(p -> grid.contains(p.field())));
			String first = grid.names().get(0).get(0);
			model.addAttribute("gridHint",
					view.policy()
						.fields()
						.stream()
						.filter(f -> f.name().equals(first))
						.findFirst()
						.map(f -> f.hint().substring(0, 1).toLowerCase(java.util.Locale.ROOT) + f.hint().substring(1))
						.orElse(""));
		}
		return "policy/settings";
	}

}
