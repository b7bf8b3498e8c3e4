package org.openprobation.allocation.api;

import java.math.BigDecimal;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.openprobation.access.Users;
import org.openprobation.allocation.TeamWorkload;
import org.openprobation.allocation.Workloads;
import org.openprobation.organisation.Organisation;
import org.openprobation.organisation.Team;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@Tag(name = "Workload")
class TeamWorkloadApi {

	private final Workloads workloads;

	private final Organisation organisation;

	private final Users users;

	TeamWorkloadApi(Workloads workloads, Organisation organisation, Users users) {
		this.workloads = workloads;
		this.organisation = organisation;
		this.users = users;
	}

	record PractitionerItem(String code, String name, String grade, int cases, int points, BigDecimal reductionHours,
			int availablePoints, @Nullable BigDecimal capacityPercent) {
	}

	record TeamWorkloadResponse(String team, String name, List<PractitionerItem> practitioners) {
	}

	@GetMapping("/api/v1/teams/{code}/workload")
	@Operation(summary = "A team's workload",
			description = "Each practitioner's cases, workload points, available points and capacity %, fullest first")
	TeamWorkloadResponse workload(@PathVariable String code) {
		Team team = organisation.team(code)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No team has that code"));
		TeamWorkload workload = workloads.ofTeam(users.current(), team);
		return new TeamWorkloadResponse(team.code(), team.name(),
				workload.practitioners()
					.stream()
					.map(p -> new PractitionerItem(p.practitioner().code(), p.practitioner().name(),
							p.practitioner().grade().name(), p.cases(), p.points(), p.reductionHours(),
							p.availablePoints(), p.capacityPercent()))
					.toList());
	}

}
