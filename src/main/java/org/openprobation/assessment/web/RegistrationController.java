package org.openprobation.assessment.web;

import jakarta.validation.Valid;
import org.springframework.validation.BindingResult;
import org.openprobation.shared.Forms;
import jakarta.validation.constraints.Pattern;
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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
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

	record RegistrationForm(@Nullable String type,
			@Pattern(regexp = "[1-3]?", message = "Select the MAPPA category") @Nullable String mappaCategory,
			@Pattern(regexp = "[1-3]?", message = "Select the MAPPA level") @Nullable String mappaLevel,
			@DateInput.Real(label = "start date") @Nullable DateInput startDate,
			@DateInput.Real(label = "next review date") @Nullable DateInput nextReviewDate) {

		Registrations.NewRegistration registration() {
			return new Registrations.NewRegistration(Forms.choice(type, RegistrationType.class), number(mappaCategory),
					number(mappaLevel), DateInput.date(startDate), DateInput.date(nextReviewDate));
		}

		private static @Nullable Integer number(@Nullable String typed) {
			return typed == null || !typed.strip().matches("[1-3]") ? null : Integer.valueOf(typed.strip());
		}

	}

	@PostMapping("/cases/{crn}/registrations")
	String add(@PathVariable String crn, @Valid RegistrationForm form, BindingResult binding,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		AssessedCase overview = changeableOverview(crn);
		Registrations.NewRegistration entered = form.registration();
		List<FieldProblem> problems = Forms.problems(binding, registrations.check(entered));
		if (!problems.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("overview", overview);
			model.addAttribute("typed", Forms.typed(form));
			model.addAttribute("types", RegistrationType.values());
			model.addAttribute("problems", problems);
			model.addAttribute("errors", FieldProblem.byField(problems));
			return "assessment/registration-new";
		}
		Registration added = registrations.add(users.current(), crn(crn), entered);
		redirect.addFlashAttribute("success", "Registration added: " + added.label() + ".");
		return "redirect:/cases/" + overview.person().crn() + "/risk#assessment";
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

	record EndForm(@Nullable String reason) {
	}

	@PostMapping("/cases/{crn}/registrations/{id}/end")
	String end(@PathVariable String crn, @PathVariable long id, EndForm form, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		String reason = form.reason() == null ? "" : form.reason();
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
		return "redirect:/cases/" + overview.person().crn() + "/risk#assessment";
	}

	@GetMapping("/cases/{crn}/registrations/{id}/review")
	String reviewForm(@PathVariable String crn, @PathVariable long id, Model model) {
		AssessedCase overview = changeableOverview(crn);
		return reviewPage(model, overview, id, Map.of(), List.of());
	}

	record ReviewForm(@Nullable String decision,
			@DateInput.Real(label = "next review date") @Nullable DateInput nextReviewDate) {
	}

	@PostMapping("/cases/{crn}/registrations/{id}/review")
	String review(@PathVariable String crn, @PathVariable long id, @Valid ReviewForm form, BindingResult binding,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		AssessedCase overview = changeableOverview(crn);
		List<FieldProblem> problems = Forms.problems(binding,
				registrations.checkReview(form.decision(), DateInput.date(form.nextReviewDate())));
		if (problems.isEmpty()) {
			try {
				if (registrations.review(users.current(), crn(crn), id, form.decision(),
						DateInput.date(form.nextReviewDate()))) {
					redirect.addFlashAttribute("success",
							"Registration reviewed: next review by "
									+ java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy")
										.format(java.util.Objects.requireNonNull(DateInput.date(form.nextReviewDate())))
									+ ".");
				}
				else {
					redirect.addFlashAttribute("success", "That registration has ended; nothing was changed.");
				}
				return "redirect:/cases/" + overview.person().crn() + "/risk#registrations";
			}
			catch (org.openprobation.shared.BadRequest bad) {
				problems = bad.problems();
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return reviewPage(model, overview, id, Forms.typed(form), problems);
	}

	private String reviewPage(Model model, AssessedCase overview, long id, Map<String, String> typed,
			List<FieldProblem> problems) {
		Registration registration = overview.assessment()
			.registrations()
			.stream()
			.filter(r -> r.id() == id)
			.findFirst()
			.orElseThrow(() -> new NotFound("This case has no such registration active."));
		model.addAttribute("overview", overview);
		model.addAttribute("registration", registration);
		model.addAttribute("reviews", registrations.reviews(id));
		model.addAttribute("typed", typed);
		model.addAttribute("problems", problems.isEmpty() ? null : problems);
		model.addAttribute("errors", FieldProblem.byField(problems));
		return "assessment/registration-review";
	}

	private AssessedCase changeableOverview(String crn) {
		return cases.forChange(users.current(), crn(crn), "change registrations");
	}

	private static Crn crn(String typed) {
		return Crn.parse(typed).orElseThrow(() -> new NotFound("No person on probation has the CRN " + typed));
	}

}
