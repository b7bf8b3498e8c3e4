package org.openprobation.unpaidwork.web;

import java.util.List;
import java.util.Map;

import org.openprobation.unpaidwork.application.Placements;
import org.openprobation.access.Users;
import org.openprobation.shared.Crn;
import org.openprobation.shared.FieldProblem;
import org.openprobation.unpaidwork.Messages;
import org.openprobation.unpaidwork.UnpaidWork;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * A case's unpaid work page, shown as it is or again with what was typed and its
 * problems.
 */
@Component
class CasePage {

	/** The days of the week by ISO number, for forms. */
	static final Map<String, String> DAYS = days();

	private static Map<String, String> days() {
		Map<String, String> days = new java.util.LinkedHashMap<>();
		for (java.time.DayOfWeek day : java.time.DayOfWeek.values()) {
			days.put(String.valueOf(day.getValue()),
					day.getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK));
		}
		return days;
	}

	private final UnpaidWork unpaidWork;

	private final Placements placements;

	private final Messages messages;

	private final Users users;

	private final java.time.Clock clock;

	CasePage(UnpaidWork unpaidWork, Placements placements, Messages messages, Users users, java.time.Clock clock) {
		this.clock = clock;
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
		model.addAttribute("days", DAYS);
		Map<String, String> reasonOptions = new java.util.LinkedHashMap<>();
		for (String reason : List.of("EMPLOYMENT", "ZERO_HOURS_WORK", "CARING", "EDUCATION", "HEALTH")) {
			String label = Placements.REASONS.get(reason);
			reasonOptions.put(reason, Character.toUpperCase(label.charAt(0)) + label.substring(1));
		}
		model.addAttribute("reasonOptions", reasonOptions);
		model.addAttribute("messages", messages.ofPerson(upw.person().id()));
		model.addAttribute("now", java.time.Instant.now(clock));
		model.addAttribute("typed", typed);
		model.addAttribute("problems", problems.isEmpty() ? null : problems);
		model.addAttribute("errors", FieldProblem.byField(problems));
		return "unpaidwork/case";
	}

}
