package org.openprobation.people.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.openprobation.access.Users;
import org.openprobation.people.Ethnicity;
import org.openprobation.people.Gender;
import org.openprobation.people.NewPerson;
import org.openprobation.people.PersonRecord;
import org.openprobation.people.application.RecordChanges;
import org.openprobation.shared.BadRequest;
import org.openprobation.shared.CasePage;
import org.openprobation.shared.Conflict;
import org.openprobation.shared.Crn;
import org.openprobation.shared.DateInput;
import org.openprobation.shared.FieldProblem;
import org.openprobation.shared.Forms;
import org.openprobation.shared.NotFound;
import org.openprobation.shared.TypedText;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A person's personal details, addresses and other names, each change kept with what it
 * was before and after.
 */
@Controller
class PersonalDetailsController {

	private final RecordChanges changes;

	private final Users users;

	PersonalDetailsController(RecordChanges changes, Users users) {
		this.changes = changes;
		this.users = users;
	}

	@GetMapping("/cases/{crn}/personal-details")
	String page(@PathVariable String crn, Model model) {
		return page(model, crn(crn), null, Map.of(), List.of());
	}

	record DetailsForm(@Nullable String forename, @Nullable String middleNames, @Nullable String surname,
			@DateInput.Real(label = "date of birth", optional = true) @Nullable DateInput dateOfBirth,
			@Nullable String gender, @Nullable String ethnicity, @Nullable String disability, @Nullable String religion,
			@Nullable String nationality, @Nullable String pnc, @Nullable String phone, @Nullable String email,
			@Nullable String preferredChannel, @Nullable String textReminders, @Nullable String emailReminders,
			@Nullable String version) {
	}

	@PostMapping("/cases/{crn}/personal-details")
	String change(@PathVariable String crn, @Valid DetailsForm form, BindingResult binding,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		Crn person = crn(crn);
		changes.page(users.current(), person);
		Map<String, String> typed = Forms.typed(form);
		List<FieldProblem> problems = Forms.problems(binding);
		try {
			if (!problems.isEmpty()) {
				throw new BadRequest(problems);
			}
			List<String> changed = changes.changeDetails(users.current(), person,
					new NewPerson(form.forename(), form.middleNames(), form.surname(),
							DateInput.date(form.dateOfBirth()), form.gender(), form.ethnicity(), form.disability(),
							form.religion(), form.nationality(), form.pnc(), form.phone(), form.email(),
							form.preferredChannel(), Forms.yes(form.textReminders()), Forms.yes(form.emailReminders()),
							List.of(), List.of()),
					TypedText.blank(form.version()) || !form.version().matches("\\d{1,9}") ? -1
							: Integer.parseInt(form.version()));
			redirect.addFlashAttribute("success",
					changed.isEmpty() ? "Nothing had changed." : "Personal details saved; the change is kept below.");
			return "redirect:/cases/" + person.value() + "/personal-details";
		}
		catch (BadRequest bad) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			List<FieldProblem> all = new ArrayList<>(problems);
			bad.problems().stream().filter(p -> !all.contains(p)).forEach(all::add);
			return page(model, person, "details", typed, all);
		}
		catch (Conflict conflict) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return page(model, person, "details", typed, List.of(new FieldProblem("forename", conflict.getMessage())));
		}
	}

	record AddressForm(@Nullable String addressLine1, @Nullable String addressLine2, @Nullable String addressTown,
			@Nullable String addressPostcode, @Nullable String addressBoroughId,
			@DateInput.Real(label = "date they moved in", optional = true) @Nullable DateInput addressFrom) {
	}

	@PostMapping("/cases/{crn}/addresses")
	String move(@PathVariable String crn, @Valid AddressForm form, BindingResult binding, HttpServletResponse response,
			Model model, RedirectAttributes redirect) {
		Crn person = crn(crn);
		changes.page(users.current(), person);
		Map<String, String> typed = Forms.typed(form);
		List<FieldProblem> problems = Forms.problems(binding);
		try {
			if (!problems.isEmpty()) {
				throw new BadRequest(problems);
			}
			changes.move(users.current(), person,
					new NewPerson.NewAddress(form.addressLine1(), form.addressLine2(), form.addressTown(),
							form.addressPostcode(),
							form.addressBoroughId() != null && form.addressBoroughId().matches("\\d{1,18}")
									? Long.valueOf(form.addressBoroughId()) : null,
							DateInput.date(form.addressFrom()), null));
			redirect.addFlashAttribute("success", "New address recorded. A change of address is a reason to review "
					+ "the risk of serious harm and the sentence plan.");
			return "redirect:/cases/" + person.value() + "/personal-details";
		}
		catch (BadRequest bad) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			List<FieldProblem> all = new ArrayList<>(problems);
			bad.problems()
				.stream()
				.map(p -> new FieldProblem(p.field().startsWith("address.")
						? "address" + Character.toUpperCase(p.field().charAt(8)) + p.field().substring(9) : p.field(),
						p.message()))
				.filter(p -> !all.contains(p))
				.forEach(all::add);
			return page(model, person, "address", typed, all);
		}
	}

	record AliasForm(@Nullable String aliasForename, @Nullable String aliasSurname) {
	}

	@PostMapping("/cases/{crn}/aliases")
	String addAlias(@PathVariable String crn, AliasForm form, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		Crn person = crn(crn);
		try {
			changes.addAlias(users.current(), person,
					new NewPerson.NewAlias(form.aliasForename(), form.aliasSurname(), null));
			redirect.addFlashAttribute("success", "Other name added.");
			return "redirect:/cases/" + person.value() + "/personal-details";
		}
		catch (BadRequest bad) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page(model, person, "alias", Forms.typed(form),
					bad.problems()
						.stream()
						.map(p -> new FieldProblem(p.field().equals("alias.forename") ? "aliasForename"
								: p.field().equals("alias.surname") ? "aliasSurname" : p.field(), p.message()))
						.toList());
		}
	}

	@PostMapping("/cases/{crn}/aliases/{alias}/remove")
	String removeAlias(@PathVariable String crn, @PathVariable String alias, RedirectAttributes redirect) {
		Crn person = crn(crn);
		if (!alias.matches("\\d{1,18}")) {
			throw new NotFound("The person has no such other name.");
		}
		changes.removeAlias(users.current(), person, Long.parseLong(alias));
		redirect.addFlashAttribute("success", "Other name removed; it is kept in the history below.");
		return "redirect:/cases/" + person.value() + "/personal-details";
	}

	/**
	 * The page; {@code form} names the form the typed values and problems belong to
	 * (details, address or alias), none when only reading.
	 */
	private String page(Model model, Crn crn, @Nullable String form, Map<String, String> typed,
			List<FieldProblem> problems) {
		RecordChanges.DetailsPage page = changes.page(users.current(), crn);
		CasePage.about(crn.value());
		model.addAttribute("page", page);
		model.addAttribute("form", form);
		model.addAttribute("typed", form != null && form.equals("details") ? typed : detailsTyped(page.person()));
		model.addAttribute("addressTyped", form != null && form.equals("address") ? typed : Map.of());
		model.addAttribute("aliasTyped", form != null && form.equals("alias") ? typed : Map.of());
		model.addAttribute("problems", problems.isEmpty() ? null : problems);
		model.addAttribute("errors", FieldProblem.byField(problems));
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
		model.addAttribute("channels", IntakeController.CHANNELS);
		model.addAttribute("boroughs", page.boroughs());
		return "people/personal-details";
	}

	/** The form as the record stands. */
	private static Map<String, String> detailsTyped(PersonRecord p) {
		Map<String, String> typed = new LinkedHashMap<>();
		typed.put("forename", p.forename());
		typed.put("middleNames", p.middleNames() == null ? "" : p.middleNames());
		typed.put("surname", p.surname());
		typed.put("dateOfBirth.day", String.valueOf(p.dateOfBirth().getDayOfMonth()));
		typed.put("dateOfBirth.month", String.valueOf(p.dateOfBirth().getMonthValue()));
		typed.put("dateOfBirth.year", String.valueOf(p.dateOfBirth().getYear()));
		typed.put("gender", p.gender().name());
		typed.put("ethnicity", p.ethnicity().name());
		typed.put("disability", p.disability() == null ? "" : p.disability());
		typed.put("religion", p.religion() == null ? "" : p.religion());
		typed.put("nationality", p.nationality());
		typed.put("pnc", p.pnc() == null ? "" : p.pnc());
		typed.put("phone", p.phone() == null ? "" : p.phone());
		typed.put("email", p.email() == null ? "" : p.email());
		typed.put("preferredChannel", p.preferredChannel() == null ? "" : p.preferredChannel());
		typed.put("textReminders", p.textReminders() ? "yes" : "");
		typed.put("emailReminders", p.emailReminders() ? "yes" : "");
		typed.put("version", String.valueOf(p.version()));
		return typed;
	}

	private static Crn crn(String typed) {
		return Crn.parse(typed).orElseThrow(() -> new NotFound("No person on probation has the CRN " + typed));
	}

}
