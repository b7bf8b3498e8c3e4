package org.openprobation.shell.web;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.openprobation.access.Users;
import org.openprobation.organisation.Organisation;
import org.openprobation.organisation.Team;
import org.openprobation.oversight.CaseConcerns;
import org.openprobation.shared.ListLinks;
import org.openprobation.shared.NotFound;
import org.openprobation.shared.SortDirection;
import org.openprobation.shell.TeamOversight;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The team's oversight list of assessment and planning failures. */
@Controller
class TeamOversightController {

	private final TeamOversight oversight;

	private final Organisation organisation;

	private final Users users;

	private final org.openprobation.access.CaseGate gate;

	TeamOversightController(TeamOversight oversight, Organisation organisation, Users users,
			org.openprobation.access.CaseGate gate) {
		this.gate = gate;
		this.oversight = oversight;
		this.organisation = organisation;
		this.users = users;
	}

	/** Cases a page: a team's list can run to hundreds. */
	static final int PAGE_SIZE = 50;

	@GetMapping("/teams/{code}/oversight")
	String oversight(@PathVariable String code, @RequestParam(required = false) @Nullable String show,
			@RequestParam(defaultValue = "1") String page, Model model) {
		Team team = organisation.team(code)
			.orElseThrow(() -> new NotFound("There is no team with the code " + code + "."));
		CaseConcerns.Concern filter = null;
		if (show != null && !show.isBlank()) {
			try {
				filter = CaseConcerns.Concern.valueOf(show);
			}
			catch (IllegalArgumentException ex) {
				filter = null;
			}
		}
		TeamOversight.Oversight all = oversight.of(users.current(), team, filter);
		List<TeamOversight.Row> shown = gate
			.list(users.current(), all.rows(), r -> r.person().id(), "VIEW_TEAM_OVERSIGHT", "Team " + team.code())
			.rows();
		int pages = Math.max(1, (shown.size() + PAGE_SIZE - 1) / PAGE_SIZE);
		int current = page.matches("\\d{1,6}") ? Math.min(Math.max(1, Integer.parseInt(page)), pages) : 1;
		int from = (current - 1) * PAGE_SIZE;
		model.addAttribute("oversight",
				new TeamOversight.Oversight(all.team(), all.cases(), all.counts(), shown, all.filter()));
		model.addAttribute("rows",
				shown.subList(Math.min(from, shown.size()), Math.min(from + PAGE_SIZE, shown.size())));
		model.addAttribute("links",
				new ListLinks("/teams/" + team.code() + "/oversight",
						filter == null ? Map.of() : Map.of("show", filter.name()), "", SortDirection.ASCENDING, current,
						pages));
		model.addAttribute("hiddenCases", all.rows().size() - shown.size());
		model.addAttribute("concerns", CaseConcerns.Concern.values());
		return "shell/team-oversight";
	}

}
