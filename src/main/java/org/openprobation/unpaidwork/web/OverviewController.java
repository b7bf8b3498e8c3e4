package org.openprobation.unpaidwork.web;

import org.openprobation.access.Users;
import org.openprobation.unpaidwork.UnpaidWorkOverview;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The unpaid-work manager's view, and its projects as CSV. */
@Controller
class OverviewController {

	private final UnpaidWorkOverview overview;

	private final Users users;

	OverviewController(UnpaidWorkOverview overview, Users users) {
		this.overview = overview;
		this.users = users;
	}

	@GetMapping("/unpaid-work/overview")
	String overview(Model model) {
		model.addAttribute("o", overview.overview(users.current()));
		return "unpaidwork/overview";
	}

	@GetMapping(value = "/unpaid-work/overview.csv", produces = "text/csv")
	ResponseEntity<String> csv() {
		return ResponseEntity.ok()
			.header("Content-Type", "text/csv; charset=utf-8")
			.header("Content-Disposition", "attachment; filename=\"unpaid-work-projects.csv\"")
			.header("Cache-Control", "no-store")
			.body(overview.projectsCsv(users.current()));
	}

}
