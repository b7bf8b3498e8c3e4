package org.openprobation.shell.web;

import org.openprobation.access.Users;
import org.openprobation.shell.CaseViews;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class CaseController {

	private final CaseViews cases;

	private final Users users;

	CaseController(CaseViews cases, Users users) {
		this.cases = cases;
		this.users = users;
	}

	@GetMapping("/cases/{crn}")
	String overview(@PathVariable String crn, Model model) {
		model.addAttribute("overview", cases.overview(users.current(), crn, "page"));
		model.addAttribute("needLabels", org.openprobation.assessment.domain.TierRule.Need.values());
		return "shell/case-overview";
	}

}
