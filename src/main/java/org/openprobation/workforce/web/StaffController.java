package org.openprobation.workforce.web;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.openprobation.access.CurrentUser;
import org.openprobation.access.Users;
import org.openprobation.allocation.ReductionKind;
import org.openprobation.allocation.Reductions;
import org.openprobation.organisation.Organisation;
import org.openprobation.organisation.SpecialistRole;
import org.openprobation.organisation.StaffGrade;
import org.openprobation.organisation.StaffRecords;
import org.openprobation.organisation.Team;
import org.openprobation.shared.BadRequest;
import org.openprobation.shared.Conflict;
import org.openprobation.shared.DateInput;
import org.openprobation.shared.FieldProblem;
import org.openprobation.shared.Forms;
import org.openprobation.shared.NotFound;
import org.openprobation.workforce.StaffAdministration;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A member of staff's record: their place, hours and workload, reductions, training and
 * moves; and, for their managers, sickness absence and performance improvement plans, and
 * the forms that keep all of it. A team's funded posts are kept on its own page.
 */
@Controller
class StaffController {

	private final StaffAdministration administration;

	private final Users users;

	private final Organisation organisation;

	StaffController(StaffAdministration administration, Users users, Organisation organisation) {
		this.administration = administration;
		this.users = users;
		this.organisation = organisation;
	}

	/** The choice of no specialist role, as the forms send it. */
	private static final String NO_SPECIALIST_ROLE = "NONE";

	private static Map<String, String> gradeChoices() {
		Map<String, String> grades = new LinkedHashMap<>();
		for (StaffGrade grade : StaffGrade.values()) {
			grades.put(grade.name(), grade.label());
		}
		return grades;
	}

	private static Map<String, String> roleChoices() {
		Map<String, String> roles = new LinkedHashMap<>();
		roles.put(NO_SPECIALIST_ROLE, "None");
		for (SpecialistRole role : SpecialistRole.values()) {
			roles.put(role.name(), role.label());
		}
		return roles;
	}

	@GetMapping("/organisation/staff/new")
	String newMember(Model model) {
		administration.checkMayAdd(users.current());
		return newPage(model, Map.of("employment", "EMPLOYED", "grade", "PROBATION_OFFICER"), List.of());
	}

	record NewStaffForm(@Nullable String code, @Nullable String forename, @Nullable String surname,
			@Nullable String grade, @Nullable String team, @Nullable String contractedHours,
			@Nullable String employment,
			@DateInput.Real(label = "date they started", optional = true) @Nullable DateInput startDate,
			@Nullable String specialistRole, @DateInput.Real(label = "date their agency contract ends",
					optional = true) @Nullable DateInput contractEndsOn) {
	}

	/** The import's columns, as this form names them. */
	private static final Map<String, String> COLUMNS = Map.of("contracted_hours", "contractedHours", "start_date",
			"startDate", "specialist_role", "specialistRole", "contract_ends_on", "contractEndsOn");

	@PostMapping("/organisation/staff")
	String add(@Valid NewStaffForm form, BindingResult binding, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		CurrentUser user = users.current();
		administration.checkMayAdd(user);
		try {
			List<FieldProblem> problems = Forms.problems(binding);
			if (!problems.isEmpty()) {
				throw new BadRequest(problems);
			}
			Map<String, String> fields = new LinkedHashMap<>();
			fields.put("code", form.code() == null ? "" : form.code());
			fields.put("forename", form.forename() == null ? "" : form.forename());
			fields.put("surname", form.surname() == null ? "" : form.surname());
			fields.put("grade", form.grade() == null ? "" : form.grade());
			fields.put("team", form.team() == null ? "" : form.team());
			fields.put("contracted_hours", form.contractedHours() == null ? "" : form.contractedHours());
			fields.put("employment", form.employment() == null ? "" : form.employment());
			java.time.LocalDate started = DateInput.date(form.startDate());
			fields.put("start_date", started == null ? "" : started.toString());
			fields.put("specialist_role",
					form.specialistRole() == null || NO_SPECIALIST_ROLE.equals(form.specialistRole()) ? ""
							: form.specialistRole());
			java.time.LocalDate ends = DateInput.date(form.contractEndsOn());
			fields.put("contract_ends_on", ends == null ? "" : ends.toString());
			String code = administration.add(user, fields);
			redirect.addFlashAttribute("success", "Member of staff " + code + " added.");
			return "redirect:/organisation/staff/" + code;
		}
		catch (BadRequest bad) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			List<FieldProblem> problems = bad.problems().stream().map(p -> {
				String column = p.field().replaceFirst("^line \\d+ ", "");
				String message = p.message().replaceFirst("^Line \\d+ ", "");
				return new FieldProblem(COLUMNS.getOrDefault(column, column),
						Character.toUpperCase(message.charAt(0)) + message.substring(1));
			}).toList();
			return newPage(model, Forms.typed(form), problems);
		}
	}

	private String newPage(Model model, Map<String, String> typed, List<FieldProblem> problems) {
		Map<String, String> grades = gradeChoices();
		Map<String, String> roles = roleChoices();
		model.addAttribute("grades", grades);
		model.addAttribute("roles", roles);
		model.addAttribute("employments", Map.of("EMPLOYED", "Employed", "AGENCY", "Agency"));
		model.addAttribute("typed", typed);
		model.addAttribute("problems", problems.isEmpty() ? null : problems);
		model.addAttribute("errors", FieldProblem.byField(problems));
		return "workforce/staff-new";
	}

	@GetMapping("/organisation/staff/{code}")
	String staff(@PathVariable String code, Model model) {
		return page(model, code, null, Map.of(), List.of());
	}

	record ChangeForm(@Nullable String grade, @Nullable String contractedHours, @Nullable String teamCode,
			@DateInput.Real(label = "date they moved", optional = true) @Nullable DateInput movedOn,
			@DateInput.Real(label = "date their agency contract ends",
					optional = true) @Nullable DateInput contractEndsOn,
			@Nullable String specialistRole,
			@DateInput.Real(label = "date they leave", optional = true) @Nullable DateInput leavesOn,
			@Nullable String version) {
	}

	@PostMapping("/organisation/staff/{code}")
	String change(@PathVariable String code, @Valid ChangeForm form, BindingResult binding,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		CurrentUser user = users.current();
		administration.checkMayManage(user, code);
		try {
			List<FieldProblem> problems = new java.util.ArrayList<>(Forms.problems(binding));
			StaffGrade grade = Forms.choice(form.grade(), StaffGrade.class);
			if (grade == null) {
				problems.add(new FieldProblem("grade", "Select the grade"));
			}
			BigDecimal hours = number(form.contractedHours(), "contractedHours", problems);
			if (hours == null && problems.stream().noneMatch(p -> p.field().equals("contractedHours"))) {
				problems.add(new FieldProblem("contractedHours", "Enter the contracted hours"));
			}
			String role = form.specialistRole() == null ? "" : form.specialistRole();
			Integer version = form.version() != null && form.version().matches("\\d{1,9}")
					? Integer.valueOf(form.version()) : null;
			if (!problems.isEmpty()) {
				throw new BadRequest(problems);
			}
			administration.change(user, code,
					new StaffRecords.StaffChange(grade, hours, form.teamCode(), DateInput.date(form.movedOn()),
							DateInput.date(form.contractEndsOn()), Forms.choice(role, SpecialistRole.class),
							role.isBlank() || NO_SPECIALIST_ROLE.equals(role), DateInput.date(form.leavesOn()),
							version));
			redirect.addFlashAttribute("success", "Record saved.");
			return "redirect:/organisation/staff/" + code.strip();
		}
		catch (BadRequest bad) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page(model, code, "change", Forms.typed(form), bad.problems());
		}
		catch (Conflict conflict) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return page(model, code, "change", Map.of(), List.of(new FieldProblem("grade", conflict.getMessage())));
		}
	}

	record ReductionForm(@Nullable String kind, @Nullable String details, @Nullable String hours,
			@Nullable String percent, @DateInput.Real(label = "date it starts") @Nullable DateInput startsOn,
			@DateInput.Real(label = "date it ends", optional = true) @Nullable DateInput endsOn) {
	}

	@PostMapping("/organisation/staff/{code}/reductions")
	String reduction(@PathVariable String code, @Valid ReductionForm form, BindingResult binding,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		CurrentUser user = users.current();
		administration.checkMayManage(user, code);
		try {
			List<FieldProblem> problems = new java.util.ArrayList<>(Forms.problems(binding));
			BigDecimal hours = number(form.hours(), "hours", problems);
			BigDecimal percent = number(form.percent(), "percent", problems);
			ReductionKind kind = Forms.choice(form.kind(), ReductionKind.class);
			if (kind == null) {
				problems.add(new FieldProblem("kind", "Select the kind of reduction"));
			}
			if (!problems.isEmpty()) {
				throw new BadRequest(problems);
			}
			administration.addReduction(user, code, new Reductions.NewReduction(kind, form.details(), hours, percent,
					DateInput.date(form.startsOn()), DateInput.date(form.endsOn())));
			redirect.addFlashAttribute("success", "Reduction recorded: workload counts it from its start.");
			return "redirect:/organisation/staff/" + code.strip();
		}
		catch (BadRequest bad) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page(model, code, "reduction", Forms.typed(form), bad.problems());
		}
	}

	record TrainingForm(@Nullable String course,
			@DateInput.Real(label = "date it was completed") @Nullable DateInput completedOn,
			@DateInput.Real(label = "date it expires", optional = true) @Nullable DateInput expiresOn) {
	}

	@PostMapping("/organisation/staff/{code}/training")
	String training(@PathVariable String code, @Valid TrainingForm form, BindingResult binding,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		CurrentUser user = users.current();
		administration.checkMayManage(user, code);
		try {
			List<FieldProblem> problems = Forms.problems(binding);
			if (!problems.isEmpty()) {
				throw new BadRequest(problems);
			}
			administration.addTraining(user, code, form.course(), DateInput.date(form.completedOn()),
					DateInput.date(form.expiresOn()));
			redirect.addFlashAttribute("success", "Training recorded.");
			return "redirect:/organisation/staff/" + code.strip();
		}
		catch (BadRequest bad) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page(model, code, "training", Forms.typed(form), bad.problems());
		}
	}

	record PlanForm(@Nullable String action, @DateInput.Real(label = "date", optional = true) @Nullable DateInput on,
			@Nullable String outcome) {
	}

	@PostMapping("/organisation/staff/{code}/performance-plans")
	String plan(@PathVariable String code, @Valid PlanForm form, BindingResult binding, HttpServletResponse response,
			Model model, RedirectAttributes redirect) {
		CurrentUser user = users.current();
		administration.checkMayManage(user, code);
		try {
			List<FieldProblem> problems = Forms.problems(binding);
			if (!problems.isEmpty()) {
				throw new BadRequest(problems);
			}
			if ("end".equals(form.action())) {
				administration.endPlan(user, code, DateInput.date(form.on()), form.outcome());
				redirect.addFlashAttribute("success", "Performance improvement plan ended.");
			}
			else {
				administration.startPlan(user, code, DateInput.date(form.on()));
				redirect.addFlashAttribute("success", "Performance improvement plan started.");
			}
			return "redirect:/organisation/staff/" + code.strip();
		}
		catch (BadRequest bad) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			List<FieldProblem> problems = bad.problems()
				.stream()
				.map(p -> p.field().equals("startedOn") || p.field().equals("endedOn")
						? new FieldProblem("on", p.message()) : p)
				.toList();
			return page(model, code, "plan", Forms.typed(form), problems);
		}
	}

	/** A team's funded posts, one field a grade. */
	record PostsForm(@Nullable String probationOfficer, @Nullable String probationServicesOfficer,
			@Nullable String seniorProbationOfficer, @Nullable String unpaidWorkSupervisor,
			@Nullable String caseAdministrator) {

		@Nullable String of(StaffGrade grade) {
			return switch (grade) {
				case PROBATION_OFFICER -> probationOfficer;
				case PROBATION_SERVICES_OFFICER -> probationServicesOfficer;
				case SENIOR_PROBATION_OFFICER -> seniorProbationOfficer;
				case UNPAID_WORK_SUPERVISOR -> unpaidWorkSupervisor;
				case CASE_ADMINISTRATOR -> caseAdministrator;
			};
		}

	}

	/** The field of {@link PostsForm} for a grade, as the team's page names its input. */
	static Map<StaffGrade, String> postFields() {
		Map<StaffGrade, String> fields = new EnumMap<>(StaffGrade.class);
		for (StaffGrade grade : StaffGrade.values()) {
			String[] words = grade.name().toLowerCase(java.util.Locale.ROOT).split("_");
			StringBuilder field = new StringBuilder(words[0]);
			for (int i = 1; i < words.length; i++) {
				field.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
			}
			fields.put(grade, field.toString());
		}
		return fields;
	}

	@PostMapping("/organisation/units/teams/{code}/posts")
	String posts(@PathVariable String code, PostsForm form, RedirectAttributes redirect) {
		Team team = organisation.team(code.strip()).orElseThrow(() -> new NotFound("There is no team with that code."));
		Map<StaffGrade, Integer> posts = new EnumMap<>(StaffGrade.class);
		for (StaffGrade grade : StaffGrade.values()) {
			String typed = form.of(grade);
			if (typed != null && !typed.isBlank()) {
				posts.put(grade, typed.strip().matches("\\d{1,4}") ? Integer.parseInt(typed.strip()) : -1);
			}
		}
		try {
			administration.setEstablishment(users.current(), team, posts);
			redirect.addFlashAttribute("success", "Funded posts saved.");
		}
		catch (BadRequest bad) {
			redirect.addFlashAttribute("postsProblem", bad.problems().get(0).message());
		}
		return "redirect:/organisation/units/teams/" + team.code();
	}

	private String page(Model model, String code, @Nullable String form, Map<String, String> typed,
			List<FieldProblem> problems) {
		StaffAdministration.StaffPage page = administration.page(users.current(), code);
		Map<String, String> grades = gradeChoices();
		Map<String, String> roles = roleChoices();
		Map<String, String> kinds = new LinkedHashMap<>();
		for (ReductionKind kind : ReductionKind.values()) {
			kinds.put(kind.name(), kind.label());
		}
		model.addAttribute("page", page);
		model.addAttribute("courseHint", page.courses().isEmpty() ? null : "Use the same words as before, for example: "
				+ String.join(", ", page.courses().subList(0, Math.min(3, page.courses().size()))));
		model.addAttribute("member", page.member());
		model.addAttribute("grades", grades);
		model.addAttribute("roles", roles);
		model.addAttribute("kinds", kinds);
		model.addAttribute("form", form);
		// the record as it is, with what was typed in the form that came back over it
		Map<String, String> shown = current(page);
		shown.putAll(typed);
		model.addAttribute("typed", shown);
		model.addAttribute("problems", problems.isEmpty() ? null : problems);
		model.addAttribute("errors", FieldProblem.byField(problems));
		return "workforce/staff";
	}

	/** The record as it is, for the change form. */
	private static Map<String, String> current(StaffAdministration.StaffPage page) {
		Map<String, String> typed = new LinkedHashMap<>();
		var m = page.member();
		typed.put("grade", m.grade().name());
		typed.put("contractedHours", m.contractedHours().stripTrailingZeros().toPlainString());
		typed.put("teamCode", m.teamCode() == null ? "" : m.teamCode());
		typed.put("specialistRole", m.specialistRole() == null ? NO_SPECIALIST_ROLE : m.specialistRole().name());
		typed.put("version", String.valueOf(page.version()));
		put(typed, "contractEndsOn", DateInput.of(m.contractEndsOn()));
		put(typed, "leavesOn", DateInput.of(m.leavesOn()));
		return typed;
	}

	private static void put(Map<String, String> typed, String field, DateInput date) {
		typed.put(field + ".day", date.day());
		typed.put(field + ".month", date.month());
		typed.put(field + ".year", date.year());
	}

	private static @Nullable BigDecimal number(@Nullable String typed, String field, List<FieldProblem> problems) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(typed.strip());
		}
		catch (NumberFormatException ex) {
			problems.add(new FieldProblem(field, "Enter a number, like 7.5"));
			return null;
		}
	}

}
