package org.openprobation.unpaidwork.web;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.openprobation.access.Users;
import org.openprobation.shared.BadRequest;
import org.openprobation.shared.FieldProblem;
import org.openprobation.shared.TimeInput;
import org.openprobation.unpaidwork.Projects;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
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

	ProjectController(Projects projects, Users users) {
		this.projects = projects;
		this.users = users;
	}

	@GetMapping("/unpaid-work/projects")
	String list(Model model) {
		return page(model, Map.of(), List.of(), null);
	}

	@PostMapping("/unpaid-work/projects")
	String add(@RequestParam MultiValueMap<String, String> form, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		Map<String, String> typed = typed(form, "name", "type", "boroughId", "address", "beneficiary",
				"involvesChildren", "womenOnly", "accessible");
		try {
			projects.addProject(users.current(),
					new Projects.NewProject(typed.get("name"), typed.get("type"),
							typed.get("boroughId").matches("\\d{1,18}") ? Long.valueOf(typed.get("boroughId")) : null,
							typed.get("address"), typed.get("beneficiary"), "yes".equals(typed.get("involvesChildren")),
							"yes".equals(typed.get("womenOnly")), "yes".equals(typed.get("accessible"))));
			redirect.addFlashAttribute("success", "Project added. Add its weekly sessions below.");
			return "redirect:/unpaid-work/projects";
		}
		catch (BadRequest bad) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page(model, typed, bad.problems(), null);
		}
	}

	@PostMapping("/unpaid-work/projects/{id}/sessions")
	String addSession(@PathVariable long id, @RequestParam MultiValueMap<String, String> form,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		Map<String, String> typed = typed(form, "day", "start", "end", "supervisors", "capacity");
		List<FieldProblem> problems = new ArrayList<>();
		LocalTime start = typed.get("start").isEmpty() ? null
				: TimeInput.read(typed.get("start"), "start", "the start time", problems);
		LocalTime end = typed.get("end").isEmpty() ? null
				: TimeInput.read(typed.get("end"), "end", "the end time", problems);
		try {
			if (!problems.isEmpty()) {
				throw new BadRequest(problems);
			}
			int made = projects.addWeeklySession(users.current(), id,
					new Projects.NewWeeklySession(number(typed.get("day")), start, end,
							number(typed.get("supervisors")), number(typed.get("capacity"))));
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

	private static Map<String, String> typed(MultiValueMap<String, String> form, String... fields) {
		Map<String, String> typed = new LinkedHashMap<>();
		for (String field : fields) {
			String value = form.getFirst(field);
			typed.put(field, value == null ? "" : value.strip());
		}
		return typed;
	}

	private static Integer number(String typed) {
		return typed != null && typed.matches("-?\\d{1,4}") ? Integer.valueOf(typed) : null;
	}

}
