package org.openprobation.assessment.safeguarding.domain;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.openprobation.shared.WorkingDayCalendar;

/**
 * Where a safeguarding request stands: awaiting a reply until it is due (policy: 10
 * working days after it was sent), then to be chased, and escalated from 20 working days;
 * answered once a response is recorded. Unanswered requests stay visible until resolved.
 */
public final class SafeguardingTimeline {

	private SafeguardingTimeline() {
	}

	public enum Stage {

		AWAITING("Awaiting reply"), CHASE_DUE("Overdue: chase"), ESCALATION_DUE("Overdue: escalate"),
		ANSWERED("Answered");

		/** Unanswered long enough to escalate to the agency's manager. */
		public boolean escalationDue() {
			return this == ESCALATION_DUE;
		}

		private final String label;

		Stage(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

	/** Policy: working days to a reply, and to escalation. */
	public record Settings(int dueWorkingDays, int escalateWorkingDays) {

		public static Settings defaults() {
			return new Settings(10, 20);
		}

	}

	public static LocalDate dueOn(LocalDate sentOn, Settings settings) {
		return WorkingDayCalendar.plusWorkingDays(sentOn, settings.dueWorkingDays());
	}

	public static Stage stage(LocalDate sentOn, @Nullable LocalDate answeredOn, LocalDate today, Settings settings) {
		if (answeredOn != null) {
			return Stage.ANSWERED;
		}
		int waited = WorkingDayCalendar.workingDaysBetween(sentOn, today);
		if (waited >= settings.escalateWorkingDays()) {
			return Stage.ESCALATION_DUE;
		}
		if (waited > settings.dueWorkingDays()) {
			return Stage.CHASE_DUE;
		}
		return Stage.AWAITING;
	}

}
