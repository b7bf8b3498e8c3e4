package org.openprobation.shell.web;

import java.util.Map;

import org.openprobation.access.CurrentUser;
import org.openprobation.access.Users;
import org.openprobation.organisation.Organisation;
import org.openprobation.organisation.StaffMember;
import org.openprobation.organisation.Team;
import org.openprobation.shared.ListLinks;
import org.openprobation.shared.SortDirection;
import org.openprobation.shell.Caseloads;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

@Controller
class CaseloadController {

	private final Caseloads caseloads;

	private final Organisation organisation;

	private final Users users;

	CaseloadController(Caseloads caseloads, Organisation organisation, Users users) {
		this.caseloads = caseloads;
		this.organisation = organisation;
		this.users = users;
	}

	@GetMapping("/caseload")
	String mine(@RequestParam(required = false) String sort, @RequestParam(required = false) String dir, Model model) {
		CurrentUser user = users.current();
		if (user.staffId() == null) {
			model.addAttribute("noCaseload", true);
			return "shell/caseload";
		}
		StaffMember me = organisation.staffMember(user.staffId())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return caseload(user, me, sort, dir, "/caseload", true, model);
	}

	@GetMapping("/caseload/{staffCode}")
	String of(@PathVariable String staffCode, @RequestParam(required = false) String sort,
			@RequestParam(required = false) String dir, Model model) {
		CurrentUser user = users.current();
		StaffMember officer = organisation.staffMember(staffCode)
			.filter(s -> s.grade().holdsCases())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return caseload(user, officer, sort, dir, "/caseload/" + officer.code(), false, model);
	}

	private String caseload(CurrentUser user, StaffMember officer, String sortParam, String dirParam, String path,
			boolean mine, Model model) {
		Caseloads.Sort sort = Caseloads.Sort.parse(sortParam);
		SortDirection direction = SortDirection.parse(dirParam);
		Caseloads.Caseload caseload = caseloads.of(user, officer, sort, direction);
		model.addAttribute("caseload", caseload);
		model.addAttribute("mine", mine);
		model.addAttribute("links", new ListLinks(path, Map.of(), sort.param(), direction, 1, 1));
		return "shell/caseload";
	}

	@GetMapping("/team")
	String myTeam() {
		CurrentUser user = users.current();
		if (!user.has(org.openprobation.access.Role.SPO) || user.teamId() == null || user.staffId() == null) {
			throw new org.springframework.security.access.AccessDeniedException(
					"Only a team's manager has a team caseload.");
		}
		StaffMember me = organisation.staffMember(user.staffId()).orElseThrow();
		return "redirect:/teams/" + me.teamCode() + "/caseload";
	}

	@GetMapping("/teams/{code}/caseload")
	String team(@PathVariable String code, Model model) {
		Team team = organisation.team(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("teamCaseload", caseloads.ofTeam(users.current(), team));
		model.addAttribute("kinds", org.openprobation.sentences.SentenceKind.values());
		return "shell/team-caseload";
	}

}
