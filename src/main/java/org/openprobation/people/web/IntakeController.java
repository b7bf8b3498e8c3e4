package org.openprobation.people.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.openprobation.access.CurrentUser;
import org.openprobation.access.Users;
import org.openprobation.people.Ethnicity;
import org.openprobation.people.Gender;
import org.openprobation.people.LikelyDuplicates;
import org.openprobation.people.NewPerson;
import org.openprobation.people.application.Intake;
import org.openprobation.shared.BadRequest;
import org.openprobation.shared.DateInput;
import org.openprobation.shared.FieldProblem;
import org.openprobation.shared.Forms;
import org.openprobation.shared.TypedText;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Registering a person: the form, the likely duplicates to look at, and the new case. */
@Controller
class IntakeController {

	/** How a person may prefer to be contacted, by code, named. */
	static final Map<String, String> CHANNELS = channels();

	private static Map<String, String> channels() {
		Map<String, String> channels = new LinkedHashMap<>();
		for (org.openprobation.people.ContactChannel c : org.openprobation.people.ContactChannel.values()) {
			channels.put(c.name(), c.label());
		}
		return java.util.Collections.unmodifiableMap(channels);
	}

	private final Intake registration;

	private final Users users;

	private final org.openprobation.organisation.Organisation organisation;

	IntakeController(Intake registration, Users users, org.openprobation.organisation.Organisation organisation) {
		this.registration = registration;
		this.users = users;
		this.organisation = organisation;
	}

	record RegisterForm(@Nullable String forename, @Nullable String middleNames, @Nullable String surname,
			@DateInput.Real(label = "date of birth", optional = true) @Nullable DateInput dateOfBirth,
			@Nullable String gender, @Nullable String ethnicity, @Nullable String disability, @Nullable String religion,
			@Nullable String nationality, @Nullable String pnc, @Nullable String phone, @Nullable String email,
			@Nullable String preferredChannel, @Nullable String textReminders, @Nullable String emailReminders,
			@Nullable String addressLine1, @Nullable String addressLine2, @Nullable String addressTown,
			@Nullable String addressPostcode, @Nullable String addressBoroughId,
			@DateInput.Real(label = "date they moved in", optional = true) @Nullable DateInput addressFrom,
			@Nullable String aliasForename, @Nullable String aliasSurname, @Nullable String providerCode,
			@Nullable List<String> notADuplicateOf) {
	}

	@GetMapping("/people/new")
	String form(Model model) {
		check(users.current());
		Map<String, String> typed = new LinkedHashMap<>();
		typed.put("nationality", "British");
		return page(model, typed, List.of(), List.of());
	}

	@PostMapping("/people")
	String register(@Valid RegisterForm form, BindingResult binding, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		CurrentUser user = check(users.current());
		Map<String, String> typed = Forms.typed(form);
		List<FieldProblem> problems = Forms.problems(binding);
		try {
			if (!problems.isEmpty()) {
				throw new BadRequest(problems);
			}
			Intake.Registered registered = registration.register(user, person(form), form.providerCode(),
					form.notADuplicateOf() == null ? List.of() : form.notADuplicateOf());
			redirect.addFlashAttribute("success", "Registered with the CRN " + registered.crn().value()
					+ ". Record their sentence when it is passed.");
			return "redirect:/cases/" + registered.crn().value();
		}
		catch (BadRequest bad) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			List<FieldProblem> all = new ArrayList<>(problems);
			bad.problems().stream().map(IntakeController::onForm).filter(p -> !all.contains(p)).forEach(all::add);
			return page(model, typed, all, List.of());
		}
		catch (LikelyDuplicates duplicates) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return page(model, typed,
					List.of(new FieldProblem("candidates",
							duplicates.getMessage() + ": open it, or confirm it is not the same person")),
					duplicates.candidates());
		}
	}

	private static NewPerson person(RegisterForm f) {
		boolean address = !TypedText.blank(f.addressLine1()) || !TypedText.blank(f.addressTown())
				|| !TypedText.blank(f.addressPostcode());
		boolean alias = !TypedText.blank(f.aliasForename()) || !TypedText.blank(f.aliasSurname());
		return new NewPerson(f.forename(), f.middleNames(), f.surname(), DateInput.date(f.dateOfBirth()), f.gender(),
				f.ethnicity(), f.disability(), f.religion(), f.nationality(), f.pnc(), f.phone(), f.email(),
				f.preferredChannel(), Forms.yes(f.textReminders()), Forms.yes(f.emailReminders()),
				address ? List.of(new NewPerson.NewAddress(f.addressLine1(), f.addressLine2(), f.addressTown(),
						f.addressPostcode(),
						f.addressBoroughId() != null && f.addressBoroughId().matches("\\d{1,18}")
								? Long.valueOf(f.addressBoroughId()) : null,
						DateInput.date(f.addressFrom()), null)) : List.of(),
				alias ? List.of(new NewPerson.NewAlias(f.aliasForename(), f.aliasSurname(), null)) : List.of());
	}

	/** The rule's field names, as the form names them. */
	private static FieldProblem onForm(FieldProblem problem) {
		String field = switch (problem.field()) {
			case "address.line1" -> "addressLine1";
			case "address.line2" -> "addressLine2";
			case "address.town" -> "addressTown";
			case "address.postcode" -> "addressPostcode";
			case "address.boroughId" -> "addressBoroughId";
			case "address.from" -> "addressFrom";
			case "alias.forename" -> "aliasForename";
			case "alias.surname" -> "aliasSurname";
			default -> problem.field();
		};
		return new FieldProblem(field, problem.message());
	}

	private String page(Model model, Map<String, String> typed, List<FieldProblem> problems,
			List<LikelyDuplicates.Candidate> candidates) {
		CurrentUser user = users.current();
		model.addAttribute("typed", typed);
		model.addAttribute("problems", problems.isEmpty() ? null : problems);
		model.addAttribute("errors", FieldProblem.byField(problems));
		model.addAttribute("candidates", candidates);
		Map<String, String> genders = new LinkedHashMap<>();
		for (Gender g : Gender.values()) {
			genders.put(g.name(), g.label());
		}
		model.addAttribute("genders", genders);
		Map<String, String> ethnicities = new LinkedHashMap<>();
		for (Ethnicity e : Ethnicity.values()) {
			ethnicities.put(e.name(), e.label());
		}
		model.addAttribute("ethnicities", ethnicities);
		model.addAttribute("channels", CHANNELS);
		Long provider = user.providerId();
		model.addAttribute("boroughs", provider == null ? Map.of() : registration.boroughsOf(provider));
		Map<String, String> providers = new LinkedHashMap<>();
		if (provider == null) {
			organisation.providerCodes()
				.forEach((id, code) -> providers.put(code, organisation.providerName(id).orElse(code)));
		}
		model.addAttribute("providers", providers);
		return "people/register";
	}

	private static CurrentUser check(CurrentUser user) {
		if (!Intake.mayRegister(user)) {
			throw new AccessDeniedException("Probation staff register people; your role does not.");
		}
		return user;
	}

}
