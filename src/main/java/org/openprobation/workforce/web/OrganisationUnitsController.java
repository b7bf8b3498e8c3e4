package org.openprobation.workforce.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.openprobation.access.CurrentUser;
import org.openprobation.access.Users;
import org.openprobation.organisation.OrganisationUnitView;
import org.openprobation.organisation.OrganisationUnits;
import org.openprobation.organisation.ProviderType;
import org.openprobation.organisation.UnitKind;
import org.openprobation.shared.BadRequest;
import org.openprobation.shared.Conflict;
import org.openprobation.shared.DateInput;
import org.openprobation.shared.FieldProblem;
import org.openprobation.shared.Forms;
import org.openprobation.shared.ListLinks;
import org.openprobation.shared.NotFound;
import org.openprobation.shared.PageOf;
import org.openprobation.shared.SortDirection;
import org.openprobation.workforce.OrganisationAdministration;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The organisation's providers, areas, boroughs, offices and teams, level by level, with
 * each one's history; administrators add, rename and close them.
 */
@Controller
class OrganisationUnitsController {

	private final OrganisationAdministration administration;

	private final Users users;

	private final org.openprobation.workforce.StaffAdministration staff;

	private final org.openprobation.organisation.Organisation organisation;

	OrganisationUnitsController(OrganisationAdministration administration, Users users,
			org.openprobation.workforce.StaffAdministration staff,
			org.openprobation.organisation.Organisation organisation) {
		this.administration = administration;
		this.users = users;
		this.staff = staff;
		this.organisation = organisation;
	}

	@GetMapping("/organisation/units")
	String list(@RequestParam(defaultValue = "providers") String kind,
			@RequestParam(required = false) @Nullable String q, @RequestParam(defaultValue = "1") int page,
			Model model) {
		UnitKind unitKind = kind(kind);
		String search = q == null ? "" : q.strip();
		PageOf<OrganisationUnitView> units = administration.page(unitKind, search, page);
		Map<String, String> filters = new LinkedHashMap<>();
		filters.put("kind", unitKind.plural());
		if (!search.isEmpty()) {
			filters.put("q", search);
		}
		model.addAttribute("kind", unitKind);
		model.addAttribute("kinds", UnitKind.values());
		model.addAttribute("units", units);
		model.addAttribute("q", search);
		model.addAttribute("today", administration.today());
		model.addAttribute("mayAdminister", OrganisationAdministration.mayAdminister(users.current()));
		model.addAttribute("links", new ListLinks("/organisation/units", filters, "code", SortDirection.ASCENDING,
				units.page(), units.totalPages()));
		return "workforce/units";
	}

	record UnitForm(@Nullable String code, @Nullable String name, @Nullable String parentCode, @Nullable String type,
			@Nullable String address, @Nullable String innerLondon,
			@DateInput.Real(label = "date it opens", optional = true) @Nullable DateInput openedOn) {
	}

	@GetMapping("/organisation/units/{kind}/new")
	String newUnit(@PathVariable String kind, Model model) {
		administration.checkMayAdminister(users.current());
		return form(model, kind(kind), Map.of(), List.of());
	}

	@PostMapping("/organisation/units/{kind}")
	String create(@PathVariable String kind, @Valid UnitForm form, BindingResult binding, HttpServletResponse response,
			Model model, RedirectAttributes redirect) {
		CurrentUser user = users.current();
		administration.checkMayAdminister(user);
		UnitKind unitKind = kind(kind);
		ProviderType type = Forms.choice(form.type(), ProviderType.class);
		try {
			List<FieldProblem> problems = Forms.problems(binding);
			if (!problems.isEmpty()) {
				throw new BadRequest(problems);
			}
			OrganisationUnitView created = administration.create(user, unitKind,
					new OrganisationUnits.NewUnit(form.code(), form.name(), form.parentCode(), type, form.address(),
							Forms.yes(form.innerLondon()), DateInput.date(form.openedOn())));
			redirect.addFlashAttribute("success", unitKind.label() + " " + created.code() + " added.");
			return "redirect:/organisation/units/" + unitKind.plural() + "/" + created.code();
		}
		catch (BadRequest bad) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			List<FieldProblem> problems = bad.problems()
				.stream()
				.map(p -> p.field().endsWith("Code") ? new FieldProblem("parentCode", p.message()) : p)
				.toList();
			return form(model, unitKind, Forms.typed(form), problems);
		}
	}

	@GetMapping("/organisation/units/{kind}/{code}")
	String unit(@PathVariable String kind, @PathVariable String code, Model model) {
		UnitKind unitKind = kind(kind);
		OrganisationUnitView unit = administration.unit(unitKind, code);
		Map<String, String> typed = new LinkedHashMap<>();
		typed.put("name", unit.name());
		typed.put("version", String.valueOf(unit.version()));
		DateInput closed = DateInput.of(unit.closedOn());
		typed.put("closedOn.day", closed.day());
		typed.put("closedOn.month", closed.month());
		typed.put("closedOn.year", closed.year());
		return unitPage(model, unit, typed, List.of());
	}

	record ChangeForm(@Nullable String name,
			@DateInput.Real(label = "date it closes", optional = true) @Nullable DateInput closedOn,
			@Nullable String version) {
	}

	@PostMapping("/organisation/units/{kind}/{code}")
	String change(@PathVariable String kind, @PathVariable String code, @Valid ChangeForm form, BindingResult binding,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		CurrentUser user = users.current();
		administration.checkMayAdminister(user);
		UnitKind unitKind = kind(kind);
		OrganisationUnitView unit = administration.unit(unitKind, code);
		try {
			List<FieldProblem> problems = Forms.problems(binding);
			if (!problems.isEmpty()) {
				throw new BadRequest(problems);
			}
			Integer version = form.version() != null && form.version().strip().matches("\\d{1,9}")
					? Integer.valueOf(form.version().strip()) : null;
			LocalDate closedOn = DateInput.date(form.closedOn());
			administration.change(user, unitKind, unit.code(),
					new OrganisationUnits.UnitChange(form.name() == null ? "" : form.name(), closedOn, version));
			redirect.addFlashAttribute("success", unitKind.label() + " " + unit.code() + " saved.");
			return "redirect:/organisation/units/" + unitKind.plural() + "/" + unit.code();
		}
		catch (BadRequest bad) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return unitPage(model, unit, Forms.typed(form), bad.problems());
		}
		catch (Conflict conflict) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return unitPage(model, administration.unit(unitKind, unit.code()), Forms.typed(form),
					List.of(new FieldProblem("name", conflict.getMessage())));
		}
	}

	private String unitPage(Model model, OrganisationUnitView unit, Map<String, String> typed,
			List<FieldProblem> problems) {
		model.addAttribute("unit", unit);
		if (unit.kind() == UnitKind.TEAM) {
			org.openprobation.organisation.Team team = organisation.team(unit.code()).orElseThrow();
			CurrentUser user = users.current();
			model.addAttribute("members", team.members());
			model.addAttribute("linkMembers", !team.members().isEmpty()
					&& org.openprobation.workforce.StaffAdministration.mayView(user, team.members().get(0)));
			model.addAttribute("posts", staff.establishment(team));
			model.addAttribute("postFields", StaffController.postFields());
			model.addAttribute("mayManageTeam",
					org.openprobation.workforce.StaffAdministration.mayManageTeam(user, team));
		}
		model.addAttribute("history", administration.history(unit.kind(), unit.code()));
		model.addAttribute("today", administration.today());
		model.addAttribute("mayAdminister", OrganisationAdministration.mayAdminister(users.current()));
		model.addAttribute("typed", typed);
		model.addAttribute("problems", problems.isEmpty() ? null : problems);
		model.addAttribute("errors", FieldProblem.byField(problems));
		return "workforce/unit";
	}

	private static String form(Model model, UnitKind kind, Map<String, String> typed, List<FieldProblem> problems) {
		Map<String, String> types = new LinkedHashMap<>();
		types.put(ProviderType.NPS_DIVISION.name(), "National Probation Service division");
		types.put(ProviderType.CRC.name(), "Community rehabilitation company");
		types.put(ProviderType.UNIFIED_REGION.name(), "Unified probation region");
		model.addAttribute("kind", kind);
		model.addAttribute("types", types);
		model.addAttribute("typed", typed);
		model.addAttribute("problems", problems.isEmpty() ? null : problems);
		model.addAttribute("errors", FieldProblem.byField(problems));
		return "workforce/unit-form";
	}

	private static UnitKind kind(String typed) {
		return UnitKind.fromPlural(typed)
			.orElseThrow(() -> new NotFound("The organisation has providers, areas, boroughs, offices and teams."));
	}

}
