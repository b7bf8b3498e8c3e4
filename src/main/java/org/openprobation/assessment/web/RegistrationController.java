package org.openprobation.assessment.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.openprobation.access.Users;
import org.openprobation.assessment.Registration;
import org.openprobation.assessment.RegistrationType;
import org.openprobation.shared.Crn;
import org.openprobation.shared.DateInput;
import org.openprobation.shared.FieldProblem;
import org.openprobation.shared.NotFound;
import org.openprobation.assessment.AssessedCase;
import org.openprobation.assessment.application.Registrations;
import org.openprobation.assessment.application.AssessedCases;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Adding a registration (flag) to a case and ending one: GOV.UK forms, Post/Redirect/Get.
 */
@Controller
class RegistrationController {

	private final AssessedCases cases;

	private final Registrations registrations;

	private final Users users;

	RegistrationController(AssessedCases cases, Registrations registrations, Users users) {
		this.cases = cases;
		this.registrations = registrations;
		this.users = users;
	}

	@GetMapping("/cases/{crn}/registrations/new")
	String form(@PathVariable String crn, Model model) {
		AssessedCase overview = changeableOverview(crn);
		model.addAttribute("overview", overview);
		model.addAttribute("typed", Map.of());
		model.addAttribute("errors", Map.of());
		model.addAttribute("types", RegistrationType.values());
		return "assessment/registration-new";
	}

	@PostMapping("/cases/{crn}/registrations")
	String add(@PathVariable String crn, @RequestParam MultiValueMap<String, String> form, HttpServletResponse response,
			Model model, RedirectAttributes redirect) {
		AssessedCase overview = changeableOverview(crn);
		Map<String, String> typed = new LinkedHashMap<>();
		for (String field : List.of("type", "mappaCategory", "mappaLevel", "startDate-day", "startDate-month",
				"startDate-year", "nextReviewDate-day", "nextReviewDate-month", "nextReviewDate-year")) {
			String value = form.getFirst(field);
			typed.put(field, value == null ? "" : value.strip());
		}
		List<FieldProblem> problems = new ArrayList<>();
		RegistrationType type = null;
		if (!typed.get("type").isEmpty()) {
			try {
				type = RegistrationType.valueOf(typed.get("type"));
			}
			catch (IllegalArgumentException ex) {
				problems.add(new FieldProblem("type", "Select the type of registration"));
			}
		}
		Integer category = oneToThree(typed.get("mappaCategory"), "mappaCategory", "MAPPA category", problems);
		Integer level = oneToThree(typed.get("mappaLevel"), "mappaLevel", "MAPPA level", problems);
		LocalDate start = DateInput.read(typed, "startDate", "start date", problems);
		LocalDate review = DateInput.read(typed, "nextReviewDate", "next review date", problems);
		Registrations.NewRegistration entered = new Registrations.NewRegistration(type, category, level, start, review);
		if (problems.stream().noneMatch(p -> p.field().equals("type"))) {
			problems.addAll(registrations.check(entered));
		}
		if (!problems.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("overview", overview);
			model.addAttribute("typed", typed);
			model.addAttribute("types", RegistrationType.values());
			model.addAttribute("problems", problems);
			model.addAttribute("errors", FieldProblem.byField(problems));
			return "assessment/registration-new";
		}
		Registration added = registrations.add(users.current(), crn(crn), entered);
		redirect.addFlashAttribute("success", "Registration added: " + added.label() + ".");
		return "redirect:/cases/" + overview.person().crn() + "#assessment";
	}

	@GetMapping("/cases/{crn}/registrations/{id}/end")
	String endForm(@PathVariable String crn, @PathVariable long id, Model model) {
		AssessedCase overview = changeableOverview(crn);
		Registration registration = overview.assessment()
			.registrations()
			.stream()
			.filter(r -> r.id() == id)
			.findFirst()
			.orElseThrow(() -> new NotFound("No person on probation has the CRN " + crn));
		model.addAttribute("overview", overview);
		model.addAttribute("registration", registration);
		model.addAttribute("reason", "");
		return "assessment/registration-end";
	}

	@PostMapping("/cases/{crn}/registrations/{id}/end")
	String end(@PathVariable String crn, @PathVariable long id, @RequestParam(defaultValue = "") String reason,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		AssessedCase overview = changeableOverview(crn);
		String trimmed = reason.strip();
		String problem = trimmed.isEmpty() ? "Enter why the registration is ending"
				: trimmed.length() > 500 ? "The reason must be 500 characters or fewer" : null;
		if (problem != null) {
			Registration registration = overview.assessment()
				.registrations()
				.stream()
				.filter(r -> r.id() == id)
				.findFirst()
				.orElseThrow(() -> new NotFound("No person on probation has the CRN " + crn));
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("overview", overview);
			model.addAttribute("registration", registration);
			model.addAttribute("reason", reason);
			model.addAttribute("problems", List.of(new FieldProblem("reason", problem)));
			return "assessment/registration-end";
		}
		if (registrations.end(users.current(), crn(crn), id, trimmed)) {
			redirect.addFlashAttribute("success", "Registration ended.");
		}
		else {
			redirect.addFlashAttribute("success", "That registration had already ended; nothing was changed.");
		}
		return "redirect:/cases/" + overview.person().crn() + "#assessment";
	}

	private AssessedCase changeableOverview(String crn) {
		return cases.forChange(users.current(), crn(crn), "change registrations");
	}

	private static Crn crn(String typed) {
		return Crn.parse(typed).orElseThrow(() -> new NotFound("No person on probation has the CRN " + typed));
	}

	private static @Nullable Integer oneToThree(String typed, String field, String label, List<FieldProblem> problems) {
		if (typed.isEmpty()) {
			return null;
		}
		if (!typed.matches("[1-3]")) {
			problems.add(new FieldProblem(field, "Select the " + label));
			return null;
		}
		return Integer.parseInt(typed);
	}

}
