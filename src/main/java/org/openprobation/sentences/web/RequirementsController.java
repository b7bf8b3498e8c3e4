package org.openprobation.sentences.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.openprobation.access.Users;
import org.openprobation.sentences.AddedRequirement;
import org.openprobation.sentences.RequirementChange;
import org.openprobation.sentences.RequirementKind;
import org.openprobation.sentences.application.RequirementChanges;
import org.openprobation.sentences.domain.RequirementRules;
import org.openprobation.shared.BadRequest;
import org.openprobation.shared.Conflict;
import org.openprobation.shared.Crn;
import org.openprobation.shared.DateInput;
import org.openprobation.shared.FieldProblem;
import org.openprobation.shared.Forms;
import org.openprobation.shared.NotFound;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A requirement completed, terminated or varied by the court, and a requirement the court
 * adds to an order in force.
 */
@Controller
class RequirementsController {

	static final String WHOLE_NUMBER = "\\s*\\d{0,4}\\s*";

	private final RequirementChanges changes;

	private final Users users;

	RequirementsController(RequirementChanges changes, Users users) {
		this.changes = changes;
		this.users = users;
	}

	@GetMapping("/cases/{crn}/requirements/{id}/change")
	String changeForm(@PathVariable String crn, @PathVariable String id, Model model) {
		return changePage(model, changes.changingForm(users.current(), crn(crn), id(id)), Map.of(), List.of());
	}

	record ChangeForm(@Nullable String change, @DateInput.Real(label = "date") @Nullable DateInput on,
			@Pattern(regexp = WHOLE_NUMBER,
					message = "Enter the new amount as a whole number") @Nullable String newAmount,
			@DateInput.Real(label = "new end date", optional = true) @Nullable DateInput newEnd,
			@Size(max = 2000, message = "The reason must be 2000 characters or fewer") @Nullable String reason) {
	}

	@PostMapping("/cases/{crn}/requirements/{id}/change")
	String change(@PathVariable String crn, @PathVariable String id, @Valid ChangeForm form, BindingResult binding,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		RequirementChanges.Changing changing = changes.changing(users.current(), crn(crn), id(id));
		Map<String, String> typed = Forms.typed(form);
		try {
			List<FieldProblem> problems = Forms.problems(binding);
			if (!problems.isEmpty()) {
				throw new BadRequest(problems);
			}
			RequirementChanges.Changing after = changes.change(users.current(), crn(crn), id(id),
					new RequirementRules.Requested(Forms.choice(form.change(), RequirementChange.Kind.class),
							DateInput.date(form.on()), number(form.newAmount()), DateInput.date(form.newEnd()),
							Forms.text(form.reason())));
			redirect
				.addFlashAttribute("success",
						after.requirement().kind().label() + ": "
								+ (after.requirement().active() ? "varied, now " + after.progress()
										: after.requirement().status().label().toLowerCase(java.util.Locale.ROOT))
								+ ".");
			return "redirect:/cases/" + changing.person().crn() + "/sentence";
		}
		catch (BadRequest bad) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return changePage(model, changing, typed, bad.problems());
		}
		catch (Conflict conflict) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return changePage(model, changes.changing(users.current(), crn(crn), id(id)), typed,
					List.of(new FieldProblem("change", conflict.getMessage())));
		}
	}

	private String changePage(Model model, RequirementChanges.Changing changing, Map<String, String> typed,
			List<FieldProblem> problems) {
		model.addAttribute("changing", changing);
		model.addAttribute("typed", typed);
		model.addAttribute("problems", problems.isEmpty() ? null : problems);
		model.addAttribute("errors", FieldProblem.byField(problems));
		Map<String, String> options = new LinkedHashMap<>();
		RequirementChange.Kind.toAnActiveRequirement().forEach(k -> options.put(k.name(), k.label()));
		model.addAttribute("options", options);
		return "sentences/requirement-change";
	}

	@GetMapping("/cases/{crn}/sentences/{id}/requirements/new")
	String addForm(@PathVariable String crn, @PathVariable String id,
			@RequestParam(required = false) @Nullable String breach, Model model) {
		RequirementChanges.Adding adding = changes.addingForm(users.current(), crn(crn), id(id), breachId(breach));
		return addPage(model, adding, Map.of(), List.of());
	}

	record AddForm(@Nullable String breach, @Nullable String kind,
			@Pattern(regexp = WHOLE_NUMBER, message = "Enter the amount as a whole number") @Nullable String amount,
			@DateInput.Real(label = "date the court added it") @Nullable DateInput start,
			@DateInput.Real(label = "date it ends") @Nullable DateInput end,
			@Size(max = 2000, message = "The reason must be 2000 characters or fewer") @Nullable String reason) {
	}

	@PostMapping("/cases/{crn}/sentences/{id}/requirements")
	String add(@PathVariable String crn, @PathVariable String id, @Valid AddForm form, BindingResult binding,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		RequirementChanges.Adding adding = changes.adding(users.current(), crn(crn), id(id), breachId(form.breach()));
		Map<String, String> typed = Forms.typed(form);
		try {
			List<FieldProblem> problems = Forms.problems(binding);
			if (!problems.isEmpty()) {
				throw new BadRequest(problems);
			}
			AddedRequirement added = addition(form);
			changes.add(users.current(), crn(crn), id(id), added, adding.breachActionId());
			redirect.addFlashAttribute("success", java.util.Objects.requireNonNull(added.kind()).label()
					+ " added to the order" + (adding.breachActionId() == null ? "" : " on breach") + ".");
			return "redirect:/cases/" + adding.person().crn() + "/sentence";
		}
		catch (BadRequest bad) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return addPage(model, adding, typed, bad.problems());
		}
	}

	/** The requirement the form describes. */
	static AddedRequirement addition(AddForm form) {
		return new AddedRequirement(Forms.choice(form.kind(), RequirementKind.class), number(form.amount()),
				DateInput.date(form.start()), DateInput.date(form.end()), Forms.text(form.reason()));
	}

	private String addPage(Model model, RequirementChanges.Adding adding, Map<String, String> typed,
			List<FieldProblem> problems) {
		model.addAttribute("adding", adding);
		model.addAttribute("typed", typed);
		model.addAttribute("problems", problems.isEmpty() ? null : problems);
		model.addAttribute("errors", FieldProblem.byField(problems));
		Map<String, String> kinds = new LinkedHashMap<>();
		for (RequirementKind kind : RequirementKind.values()) {
			kinds.put(kind.name(),
					kind.label() + (kind.unit() == RequirementKind.Unit.NONE ? "" : " (" + kind.unit().label() + ")"));
		}
		model.addAttribute("kinds", kinds);
		return "sentences/requirement-add";
	}

	private static @Nullable Long breachId(@Nullable String typed) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		try {
			return Long.valueOf(typed.strip());
		}
		catch (NumberFormatException ex) {
			throw new NotFound("That breach is not on this person's record.");
		}
	}

	private static @Nullable Integer number(@Nullable String typed) {
		return typed == null || typed.isBlank() ? null : Integer.valueOf(typed.strip());
	}

	private static long id(String typed) {
		try {
			return Long.parseLong(typed);
		}
		catch (NumberFormatException ex) {
			throw new NotFound("That requirement is not on this person's record.");
		}
	}

	private static Crn crn(String typed) {
		return Crn.parse(typed).orElseThrow(() -> new NotFound("No person on probation has the CRN " + typed));
	}

}
