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

	private final org.openprobation.access.CaseGate gate;

	OverviewController(UnpaidWorkOverview overview, Users users, org.openprobation.access.CaseGate gate) {
		this.gate = gate;
		this.overview = overview;
		this.users = users;
	}

	@GetMapping("/unpaid-work/overview")
	String overview(Model model) {
		UnpaidWorkOverview.Overview o = overview.overview(users.current());
		org.openprobation.access.CurrentUser user = users.current();
		UnpaidWorkOverview.Overview shown = new UnpaidWorkOverview.Overview(o.from(), o.to(), o.projects(),
				o.minutesByWeek(),
				gate.list(user, o.atRisk(), a -> a.person().personId(), "VIEW_UNPAID_WORK_OVERVIEW",
						"Unpaid work at risk")
					.rows(),
				gate.list(user, o.notBooked(), d -> d.personId(), "VIEW_UNPAID_WORK_OVERVIEW", "Unpaid work not booked")
					.rows(),
				o.peopleWithHours(), o.responsiveness());
		model.addAttribute("o", shown);
		model.addAttribute("hiddenCases",
				o.atRisk().size() + o.notBooked().size() - shown.atRisk().size() - shown.notBooked().size());
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
