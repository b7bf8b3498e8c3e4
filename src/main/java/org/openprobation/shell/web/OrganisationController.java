package org.openprobation.shell.web;

import org.openprobation.access.CurrentUser;
import org.openprobation.access.Users;
import org.openprobation.shell.OrganisationViews;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class OrganisationController {

	private final OrganisationViews views;

	private final Users users;

	OrganisationController(OrganisationViews views, Users users) {
		this.views = views;
		this.users = users;
	}

	@GetMapping("/organisation")
	String organisation(Model model) {
		CurrentUser user = users.current();
		model.addAttribute("summary", views.summary(user));
		model.addAttribute("spread", views.caseloadSpread(user));
		model.addAttribute("providers", views.hierarchy(user));
		// Team names link to team caseloads only where the user may open them.
		model.addAttribute("linkEveryTeam",
				user.hasAny(org.openprobation.access.Role.AREA_MANAGER, org.openprobation.access.Role.QUALITY,
						org.openprobation.access.Role.INSPECTOR, org.openprobation.access.Role.ADMIN));
		model.addAttribute("ownTeamId", user.has(org.openprobation.access.Role.SPO) ? user.teamId() : null);
		return "shell/organisation";
	}

}
