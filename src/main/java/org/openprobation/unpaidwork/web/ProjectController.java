package org.openprobation.unpaidwork.web;

import jakarta.validation.Valid;
import org.springframework.validation.BindingResult;
import org.openprobation.shared.Forms;
import org.jspecify.annotations.Nullable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.openprobation.access.Users;
import org.openprobation.shared.BadRequest;
import org.openprobation.shared.Conflict;
import org.openprobation.shared.FieldProblem;
import org.openprobation.unpaidwork.application.ProjectChanges;
import org.openprobation.unpaidwork.domain.ProjectRule;
import org.openprobation.shared.TimeInput;
import org.openprobation.unpaidwork.Projects;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Projects and their weekly sessions, set up by the unpaid work team. */
@Controller
class ProjectController {

	static final Map<String, String> TYPES = types();

	private static Map<String, String> types() {
		Map<String, String> types = new LinkedHashMap<>();
		types.put("GROUP", "Group placement");
		types.put("INDIVIDUAL_PLACEMENT", "Individual placement");
		types.put("CHARITY_SHOP", "Charity shop");
		types.put("OUTDOOR", "Outdoor");
		return types;
	}

	private final Projects projects;

	private final Users users;

	private final org.openprobation.unpaidwork.application.ProjectChanges changes;

	ProjectController(Projects projects, Users users, org.openprobation.unpaidwork.application.ProjectChanges changes) {
		this.projects = projects;
		this.users = users;
		this.changes = changes;
	}

	record SuspendForm(@Nullable String from, @Nullable String to, @Nullable String reason) {
	}

	@PostMapping("/unpaid-work/projects/{id}/suspend")
	String suspend(@PathVariable long id, SuspendForm form, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		Map<String, String> typed = Forms.typed(form);
		List<FieldProblem> problems = new ArrayList<>();
		java.time.LocalDate from = day(form.from(), "from", problems);
		java.time.LocalDate to = day(form.to(), "to", problems);
		try {
			if (!problems.isEmpty()) {
				throw new BadRequest(problems);
			}
			int told = changes.suspend(users.current(), id, from, to, form.reason());
			redirect.addFlashAttribute("success", "Project suspended: its sessions in that time are cancelled and "
					+ told + (told == 1 ? " person" : " people") + " told; their bookings are to be made again.");
			return "redirect:/unpaid-work/projects";
		}
		catch (BadRequest bad) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			List<FieldProblem> all = new ArrayList<>(problems);
			bad.problems().stream().filter(p -> !all.contains(p)).forEach(all::add);
			return page(model, typed, all, id);
		}
	}

	record RetireForm(@Nullable String retireReason) {
	}

	@PostMapping("/unpaid-work/projects/{id}/retire")
	String retire(@PathVariable long id, RetireForm form, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		try {
			int told = changes.retire(users.current(), id, form.retireReason());
			redirect.addFlashAttribute("success", "Project retired: its sessions are cancelled and " + told
					+ (told == 1 ? " person" : " people") + " told; their bookings are to be made again.");
			return "redirect:/unpaid-work/projects";
		}
		catch (BadRequest bad) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page(model, Forms.typed(form),
					bad.problems().stream().map(p -> new FieldProblem("retireReason", p.message())).toList(), id);
		}
	}

	/** A day typed as 23 12 2026 or 23/12/2026. */
	private static java.time.@Nullable LocalDate day(@Nullable String typed, String field,
			List<FieldProblem> problems) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		String[] parts = typed.strip().split("[\\s/.-]+");
		try {
			if (parts.length == 3 && parts[2].length() == 4) {
				return java.time.LocalDate.of(Integer.parseInt(parts[2]), Integer.parseInt(parts[1]),
						Integer.parseInt(parts[0]));
			}
		}
		catch (NumberFormatException | java.time.DateTimeException ex) {
			// said below
		}
		problems.add(new FieldProblem(field, "Enter a real date, like 23 12 2026"));
		return null;
	}

	@GetMapping("/unpaid-work/projects")
	String list(Model model) {
		return page(model, Map.of(), List.of(), null);
	}

	record ProjectForm(@Nullable String name, @Nullable String type, @Nullable String boroughId,
			@Nullable String address, @Nullable String beneficiary, @Nullable String involvesChildren,
			@Nullable String womenOnly, @Nullable String accessible) {
	}

	@PostMapping("/unpaid-work/projects")
	String add(ProjectForm form, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		Map<String, String> typed = Forms.typed(form);
		try {
			projects.addProject(users.current(),
					new Projects.NewProject(typed.get("name"), typed.get("type"),
							typed.get("boroughId").matches("\\d{1,18}") ? Long.valueOf(typed.get("boroughId")) : null,
							typed.get("address"), typed.get("beneficiary"), Forms.yes(form.involvesChildren()),
							Forms.yes(form.womenOnly()), Forms.yes(form.accessible())));
			redirect.addFlashAttribute("success", "Project added. Add its weekly sessions below.");
			return "redirect:/unpaid-work/projects";
		}
		catch (BadRequest bad) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page(model, typed, bad.problems(), null);
		}
	}

	record WeeklySessionForm(@Nullable String day,
			@TimeInput.Real(label = "the start time", optional = true) @Nullable String start,
			@TimeInput.Real(label = "the end time", optional = true) @Nullable String end, @Nullable String supervisors,
			@Nullable String capacity) {
	}

	@PostMapping("/unpaid-work/projects/{id}/sessions")
	String addSession(@PathVariable long id, @Valid WeeklySessionForm form, BindingResult binding,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		Map<String, String> typed = Forms.typed(form);
		List<FieldProblem> problems = Forms.problems(binding);
		try {
			if (!problems.isEmpty()) {
				throw new BadRequest(problems);
			}
			int made = projects.addWeeklySession(users.current(), id,
					new Projects.NewWeeklySession(number(typed.get("day")), TimeInput.parse(form.start()),
							TimeInput.parse(form.end()), number(typed.get("supervisors")),
							number(typed.get("capacity"))));
			redirect.addFlashAttribute("success",
					"Weekly session added: " + made + " dated sessions made for the next 4 weeks.");
			return "redirect:/unpaid-work/projects";
		}
		catch (BadRequest bad) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			List<FieldProblem> all = new ArrayList<>(problems);
			bad.problems().stream().filter(p -> !all.contains(p)).forEach(all::add);
			return page(model, typed, all, id);
		}
	}

	@GetMapping("/unpaid-work/projects/{id}")
	String project(@PathVariable long id, Model model) {
		return projectPage(model, id, Map.of(), List.of(), null);
	}

	record DetailsForm(@Nullable String name, @Nullable String type, @Nullable String boroughId,
			@Nullable String address, @Nullable String beneficiary, @Nullable String involvesChildren,
			@Nullable String womenOnly, @Nullable String accessible, @Nullable String version) {
	}

	@PostMapping("/unpaid-work/projects/{id}")
	String change(@PathVariable long id, DetailsForm form, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		Map<String, String> typed = Forms.typed(form);
		try {
			changes.change(users.current(), id,
					new ProjectChanges.ProjectDetails(form.name(), form.type(), longOrNull(form.boroughId()),
							form.address(), form.beneficiary(), Forms.yes(form.involvesChildren()),
							Forms.yes(form.womenOnly()), Forms.yes(form.accessible()), versionOf(form.version())));
			redirect.addFlashAttribute("success", "Project details saved.");
			return "redirect:/unpaid-work/projects/" + id;
		}
		catch (BadRequest bad) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return projectPage(model, id, typed, bad.problems(), null);
		}
		catch (Conflict conflict) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return projectPage(model, id, typed, List.of(new FieldProblem("name", conflict.getMessage())), null);
		}
	}

	@PostMapping("/unpaid-work/projects/{id}/weekly-sessions/{weeklyId}")
	String changeWeekly(@PathVariable long id, @PathVariable long weeklyId, @Valid WeeklySessionForm form,
			BindingResult binding, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		Map<String, String> typed = Forms.typed(form);
		List<FieldProblem> problems = Forms.problems(binding);
		try {
			if (!problems.isEmpty()) {
				throw new BadRequest(problems);
			}
			int told = changes.changeWeekly(users.current(), id, weeklyId,
					new ProjectRule.Weekly(number(typed.get("day")), TimeInput.parse(form.start()),
							TimeInput.parse(form.end()), number(typed.get("supervisors")),
							number(typed.get("capacity"))));
			redirect.addFlashAttribute("success",
					"Weekly session changed" + (told == 0 ? "." : ": " + told + (told == 1 ? " person" : " people")
							+ " booked at the old time told, and their bookings are to be made again."));
			return "redirect:/unpaid-work/projects/" + id;
		}
		catch (BadRequest bad) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			List<FieldProblem> all = new ArrayList<>(problems);
			bad.problems().stream().filter(p -> !all.contains(p)).forEach(all::add);
			return projectPage(model, id, typed, all, weeklyId);
		}
		catch (Conflict conflict) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return projectPage(model, id, typed, List.of(new FieldProblem("day", conflict.getMessage())), weeklyId);
		}
	}

	record RemoveForm(@Nullable String removeReason) {
	}

	@PostMapping("/unpaid-work/projects/{id}/weekly-sessions/{weeklyId}/remove")
	String removeWeekly(@PathVariable long id, @PathVariable long weeklyId, RemoveForm form,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		try {
			int told = changes.removeWeekly(users.current(), id, weeklyId, form.removeReason());
			redirect.addFlashAttribute("success", "Weekly session removed: its sessions to come are cancelled and "
					+ told + (told == 1 ? " person" : " people") + " told; their bookings are to be made again.");
			return "redirect:/unpaid-work/projects/" + id;
		}
		catch (BadRequest bad) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return projectPage(model, id, Forms.typed(form), bad.problems(), weeklyId);
		}
		catch (Conflict conflict) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return projectPage(model, id, Forms.typed(form),
					List.of(new FieldProblem("removeReason", conflict.getMessage())), weeklyId);
		}
	}

	/**
	 * The project's page; {@code weekly} names the weekly session whose form the typed
	 * values and problems belong to (none: the details form).
	 */
	private String projectPage(Model model, long id, Map<String, String> typed, List<FieldProblem> problems,
			@Nullable Long weekly) {
		model.addAttribute("page", changes.page(users.current(), id));
		model.addAttribute("boroughs", projects.boroughs(users.current()));
		model.addAttribute("days", CasePage.DAYS);
		model.addAttribute("types", TYPES);
		model.addAttribute("typed", typed);
		model.addAttribute("weekly", weekly);
		model.addAttribute("problems", problems.isEmpty() ? null : weekly == null ? problems
				: problems.stream().map(p -> new FieldProblem(p.field() + "-" + weekly, p.message())).toList());
		model.addAttribute("errors", FieldProblem.byField(problems));
		return "unpaidwork/project";
	}

	private static @Nullable Long longOrNull(@Nullable String typed) {
		return typed != null && typed.matches("\\d{1,18}") ? Long.valueOf(typed) : null;
	}

	private static int versionOf(@Nullable String typed) {
		return typed != null && typed.matches("\\d{1,9}") ? Integer.parseInt(typed) : -1;
	}

	private String page(Model model, Map<String, String> typed, List<FieldProblem> problems, Long sessionProject) {
		model.addAttribute("projects", projects.projects(users.current()));
		model.addAttribute("boroughs", projects.boroughs(users.current()));
		model.addAttribute("days", CasePage.DAYS);
		model.addAttribute("types", TYPES);
		model.addAttribute("typed", typed);
		model.addAttribute("sessionProject", sessionProject);
		model.addAttribute("problems", problems.isEmpty() ? null : sessionProject == null ? problems
				: problems.stream().map(p -> new FieldProblem(p.field() + "-" + sessionProject, p.message())).toList());
		model.addAttribute("errors", FieldProblem.byField(problems));
		return "unpaidwork/projects";
	}

	private static Integer number(String typed) {
		return typed != null && typed.matches("-?\\d{1,4}") ? Integer.valueOf(typed) : null;
	}

}
