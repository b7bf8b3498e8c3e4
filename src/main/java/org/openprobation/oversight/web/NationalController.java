package org.openprobation.oversight.web;

import org.openprobation.access.Users;
import org.openprobation.oversight.NationalView;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Providers side by side. */
@Controller
class NationalController {

	private final NationalView national;

	private final Users users;

	NationalController(NationalView national, Users users) {
		this.national = national;
		this.users = users;
	}

	@GetMapping("/oversight/national")
	String national(Model model) {
		model.addAttribute("table", national.table(users.current()));
		return "oversight/national";
	}

}
