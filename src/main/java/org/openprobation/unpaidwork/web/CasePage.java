package org.openprobation.unpaidwork.web;

import java.util.List;
import java.util.Map;

import org.openprobation.access.Users;
import org.openprobation.shared.Crn;
import org.openprobation.shared.FieldProblem;
import org.openprobation.unpaidwork.Messages;
import org.openprobation.unpaidwork.Placements;
import org.openprobation.unpaidwork.UnpaidWork;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * A case's unpaid work page, shown as it is or again with what was typed and its
 * problems.
 */
@Component
class CasePage {

	private final UnpaidWork unpaidWork;

	private final Placements placements;

	private final Messages messages;

	private final Users users;

	CasePage(UnpaidWork unpaidWork, Placements placements, Messages messages, Users users) {
		this.unpaidWork = unpaidWork;
		this.placements = placements;
		this.messages = messages;
		this.users = users;
	}

	String render(Model model, Crn crn, Map<String, String> typed, List<FieldProblem> problems) {
		UnpaidWork.CaseUnpaidWork upw = unpaidWork.ofCase(users.current(), crn);
		model.addAttribute("upw", upw);
		model.addAttribute("unavailable", placements.unavailability(upw.person().id()));
		model.addAttribute("reasons", Placements.REASONS);
		model.addAttribute("messages", messages.ofPerson(upw.person().id()));
		model.addAttribute("now", java.time.Instant.now());
		model.addAttribute("typed", typed);
		model.addAttribute("problems", problems.isEmpty() ? null : problems);
		model.addAttribute("errors", FieldProblem.byField(problems));
		return "unpaidwork/case";
	}

}
