package org.openprobation.shell.web;

import org.openprobation.access.Users;
import org.openprobation.organisation.Organisation;
import org.openprobation.organisation.Team;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * A team's outstanding safeguarding checks, oldest first (chasing, escalating and
 * answering them are the assessment module's, on the case).
 */
@Controller
class TeamSafeguardingController {

	private final Organisation organisation;

	private final Users users;

	private final org.openprobation.shell.TeamSafeguarding teamSafeguarding;

	TeamSafeguardingController(org.openprobation.shell.TeamSafeguarding teamSafeguarding, Organisation organisation,
			Users users) {
		this.teamSafeguarding = teamSafeguarding;
		this.organisation = organisation;
		this.users = users;
	}

	@GetMapping("/teams/{code}/safeguarding")
	String outstanding(@PathVariable String code, Model model) {
		Team team = organisation.team(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		org.openprobation.shell.TeamSafeguarding.Outstanding outstanding = teamSafeguarding.outstanding(users.current(),
				team);
		model.addAttribute("hiddenCases", outstanding.hidden());
		model.addAttribute("team", team);
		model.addAttribute("rows", outstanding.rows());
		model.addAttribute("mayFollowUp", org.openprobation.allocation.Allocations.mayAllocate(users.current(), team));
		return "shell/team-safeguarding";
	}

}
