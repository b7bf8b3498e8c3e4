package org.openprobation.shell.web;

import org.openprobation.access.CurrentUser;
import org.openprobation.access.Users;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

	private final Users users;

	HomeController(Users users) {
		this.users = users;
	}

	@GetMapping("/")
	String home(Model model) {
		CurrentUser user = users.current();
		model.addAttribute("user", user);
		return "shell/home";
	}

}
