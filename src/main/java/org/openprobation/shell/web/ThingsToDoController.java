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

	ThingsToDoController(ThingsToDo thingsToDo, Users users) {
		this.thingsToDo = thingsToDo;
		this.users = users;
	}

	@GetMapping("/tasks")
	String tasks(Model model) {
		model.addAttribute("todo", thingsToDo.of(users.current()));
		model.addAttribute("kinds", ThingsToDo.Kind.values());
		model.addAttribute("today", java.time.LocalDate.now());
		return "shell/tasks";
	}

}
