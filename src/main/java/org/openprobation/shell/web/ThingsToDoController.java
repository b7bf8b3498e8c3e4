package org.openprobation.shell.web;

import org.openprobation.access.Users;
import org.openprobation.shell.ThingsToDo;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The practitioner's (or the team's) things to do. */
@Controller
class ThingsToDoController {

	private final ThingsToDo thingsToDo;

	private final Users users;

	private final org.openprobation.access.CaseGate gate;

	private final java.time.Clock clock;

	ThingsToDoController(ThingsToDo thingsToDo, Users users, org.openprobation.access.CaseGate gate,
			java.time.Clock clock) {
		this.clock = clock;
		this.gate = gate;
		this.thingsToDo = thingsToDo;
		this.users = users;
	}

	@GetMapping("/tasks")
	String tasks(Model model) {
		ThingsToDo.ToDoList todo = thingsToDo.of(users.current());
		java.util.List<ThingsToDo.Task> shown = gate
			.list(users.current(), todo.tasks(), t -> t.person().id(), "VIEW_TASKS", todo.heading())
			.rows();
		model.addAttribute("todo", new ThingsToDo.ToDoList(todo.heading(), shown, todo.counts(), todo.team()));
		model.addAttribute("hiddenCases", todo.tasks().size() - shown.size());
		model.addAttribute("kinds", ThingsToDo.Kind.values());
		model.addAttribute("today", java.time.LocalDate.now(clock));
		return "shell/tasks";
	}

}
