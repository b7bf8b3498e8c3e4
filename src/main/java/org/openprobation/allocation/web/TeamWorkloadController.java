package org.openprobation.allocation.web;

import org.openprobation.access.Users;
import org.openprobation.allocation.Workloads;
import org.openprobation.organisation.Organisation;
import org.openprobation.organisation.Team;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

@Controller
class TeamWorkloadController {

	private final Workloads workloads;

	private final Organisation organisation;

	private final Users users;

	private final org.openprobation.allocation.Allocations allocations;

	TeamWorkloadController(Workloads workloads, Organisation organisation, Users users,
			org.openprobation.allocation.Allocations allocations) {
		this.allocations = allocations;
		this.workloads = workloads;
		this.organisation = organisation;
		this.users = users;
	}

	@GetMapping("/teams/{code}/workload")
	String workload(@PathVariable String code, Model model) {
		Team team = organisation.team(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("workload", workloads.ofTeam(users.current(), team));
		model.addAttribute("waiting",
				allocations.waitingCounts(java.util.List.of(team.id())).getOrDefault(team.id(), 0));
		return "allocation/team-workload";
	}

}
