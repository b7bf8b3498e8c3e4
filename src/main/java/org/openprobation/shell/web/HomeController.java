package org.openprobation.shell.web;

import org.openprobation.access.CurrentUser;
import org.openprobation.access.Users;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

	private final Users users;

	private final java.time.Clock clock;

	private final org.openprobation.shell.DayViews days;

	HomeController(Users users, org.openprobation.shell.DayViews days, java.time.Clock clock) {
		this.clock = clock;
		this.users = users;
		this.days = days;
	}

	@GetMapping("/")
	String home(Model model) {
		CurrentUser user = users.current();
		model.addAttribute("user", user);
		model.addAttribute("day", days.of(user));
		model.addAttribute("now", java.time.LocalDateTime.now(clock));
		return "shell/home";
	}

}
