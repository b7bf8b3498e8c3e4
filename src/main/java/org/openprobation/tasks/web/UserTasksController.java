package org.openprobation.tasks.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.openprobation.access.Users;
import org.openprobation.people.PersonRecord;
import org.openprobation.shared.BadRequest;
import org.openprobation.shared.Crn;
import org.openprobation.shared.DateInput;
import org.openprobation.shared.FieldProblem;
import org.openprobation.shared.Forms;
import org.openprobation.shared.NotFound;
import org.openprobation.tasks.UserTask;
import org.openprobation.tasks.application.SettingTasks;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Setting a task about a case for oneself or a colleague, reading it, marking it done.
 */
@Controller
class UserTasksController {

	private final SettingTasks tasks;

	private final Users users;

	UserTasksController(SettingTasks tasks, Users users) {
		this.tasks = tasks;
		this.users = users;
	}

	@GetMapping("/cases/{crn}/tasks/new")
	String form(@PathVariable String crn, Model model) {
		PersonRecord person = tasks.caseForTask(users.current(), Crn.inPath(crn));
		Map<String, String> typed = new LinkedHashMap<>();
		typed.put("assignee", users.current().username());
		return page(model, person, typed, List.of());
	}

	record TaskForm(@Nullable String title, @Nullable String detail,
			@DateInput.Real(label = "due date") @Nullable DateInput dueOn, @Nullable String assignee) {
	}

	@PostMapping("/cases/{crn}/tasks")
	String set(@PathVariable String crn, @Valid TaskForm form, BindingResult binding, HttpServletResponse response,
			Model model, RedirectAttributes redirect) {
		PersonRecord person = tasks.caseForTask(users.current(), Crn.inPath(crn));
		List<FieldProblem> problems = Forms.problems(binding);
		if (problems.isEmpty()) {
			try {
				UserTask task = tasks.set(users.current(), Crn.inPath(crn), form.title(), form.detail(),
						DateInput.date(form.dueOn()), form.assignee());
				redirect.addFlashAttribute("success", users.current().username().equals(task.assignedTo())
						? "Task set for you." : "Task set: it is on their things to do.");
				return "redirect:/cases/" + person.crn();
			}
			catch (BadRequest bad) {
				problems = bad.problems();
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return page(model, person, Forms.typed(form), problems);
	}

	private String page(Model model, PersonRecord person, Map<String, String> typed, List<FieldProblem> problems) {
		Map<String, String> assignees = new LinkedHashMap<>();
		tasks.assignees(users.current())
			.forEach(c -> assignees.put(c.username(),
					c.username().equals(users.current().username()) ? c.name() + " (you)" : c.name()));
		model.addAttribute("person", person);
		model.addAttribute("assignees", assignees);
		model.addAttribute("typed", typed);
		model.addAttribute("problems", problems.isEmpty() ? null : problems);
		model.addAttribute("errors", FieldProblem.byField(problems));
		return "tasks/task-new";
	}

	@GetMapping("/tasks/{id}")
	String task(@PathVariable String id, Model model) {
		model.addAttribute("task", tasks.read(users.current(), taskId(id)));
		return "tasks/task";
	}

	/** Marking a task done asks for nothing more. */
	record DoneForm() {
	}

	@PostMapping("/tasks/{id}/done")
	String done(@PathVariable String id, DoneForm form, RedirectAttributes redirect) {
		long task = taskId(id);
		redirect.addFlashAttribute("success",
				tasks.done(users.current(), task) ? "Task done." : "That task was already done.");
		return "redirect:/tasks";
	}

	private static long taskId(String typed) {
		long id = Forms.id(typed);
		if (id < 0) {
			throw new NotFound("There is no such task.");
		}
		return id;
	}

}
