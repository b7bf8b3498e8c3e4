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

	@GetMapping("/areas/{code}/workload")
	String areaWorkload(@PathVariable String code, Model model) {
		org.openprobation.organisation.AreaRef area = organisation.area(code)
			.orElseThrow(() -> new org.openprobation.shared.NotFound("There is no area with the code " + code + "."));
		java.util.List<Long> teamIds = area.teamCodes()
			.stream()
			.map(c -> organisation.team(c).orElseThrow().id())
			.toList();
		model.addAttribute("workload", workloads.ofArea(users.current(), area, allocations.waitingCounts(teamIds)));
		return "allocation/area-workload";
	}

	/** The signed-in area manager's own area. */
	@GetMapping("/area/workload")
	String ownArea() {
		Long areaId = users.current().areaId();
		return organisation.areaCode(areaId == null ? -1 : areaId)
			.map(code -> "redirect:/areas/" + code + "/workload")
			.orElseThrow(() -> new org.openprobation.shared.NotFound("You are not the manager of an area."));
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
