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
		return section(crn, "overview", "Overview", "case overview", model);
	}

	@GetMapping("/cases/{crn}/risk")
	String risk(@PathVariable String crn, Model model) {
		return section(crn, "risk", "Risk and needs", "risk and needs", model);
	}

	@GetMapping("/cases/{crn}/sentence")
	String sentence(@PathVariable String crn, Model model) {
		return section(crn, "sentence", "Sentence and requirements", "sentence and requirements", model);
	}

	/** One section of the case, read (and the read audited) as the whole overview is. */
	private String section(String crn, String section, String title, String audited, Model model) {
		model.addAttribute("overview", cases.overview(users.current(), crn, "page", audited));
		model.addAttribute("needLabels", org.openprobation.assessment.domain.TierRule.Need.values());
		model.addAttribute("section", section);
		model.addAttribute("sectionTitle", title);
		return "shell/case-overview";
	}

}
