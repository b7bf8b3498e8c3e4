package org.openprobation.enforcement.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.openprobation.shared.WorkingDayCalendar;

/**
 * What each enforceable failure requires, by the kind of sentence
 * ({@code supervision.md}): on a community order or suspended sentence order a first
 * failure leads to a warning (its letter within 2 working days) or to breach, and a
 * failure within 12 months after a warning requires breach, prepared within 10 working
 * days; on a licence, a warning or a recall request; on post-sentence supervision, breach
 * to the magistrates' court.
 */
public final class EnforcementRule {

	/**
	 * Policy (provider settings): working days to give a warning with its letter, and to
	 * prepare and submit a breach or recall.
	 */
	public record Timescales(int warningWorkingDays, int breachWorkingDays) {

		public static Timescales defaults() {
			return new Timescales(2, 10);
		}

	}

	private EnforcementRule() {
	}

	public enum Order {

		COMMUNITY, LICENCE, POST_SENTENCE_SUPERVISION

	}

	/** What a failure calls for. */
	public enum Required {

		WARNING_OR_BREACH, BREACH, WARNING_OR_RECALL,
		/** Post-sentence supervision, no warning in the last 12 months. */
		WARNING_OR_BREACH_TO_MAGISTRATES,
		/** Post-sentence supervision, warned in the last 12 months. */
		BREACH_TO_MAGISTRATES;

		/** Whether a warning may still be given. */
		public boolean warningAllowed() {
			return this == WARNING_OR_BREACH || this == WARNING_OR_RECALL || this == WARNING_OR_BREACH_TO_MAGISTRATES;
		}

	}

	/**
	 * An enforceable failure and whether it has been acted on (warning, breach or
	 * recall).
	 */
	public record Failure(long contactId, LocalDate on, boolean actedOn) {
	}

	/** A failure still waiting for action, with what it requires and by when. */
	public record Due(long contactId, LocalDate failedOn, Required required, LocalDate dueBy) {

		public boolean overdueOn(LocalDate date) {
			return dueBy.isBefore(date);
		}

	}

	/**
	 * The failures still waiting for action and what each requires, given the dates of
	 * warnings already given.
	 */
	public static List<Due> due(Order order, List<Failure> failures, List<LocalDate> warnings) {
		return due(order, failures, warnings, Timescales.defaults());
	}

	/** As {@link #due(Order, List, List)}, by the provider's timescales. */
	public static List<Due> due(Order order, List<Failure> failures, List<LocalDate> warnings, Timescales timescales) {
		List<Due> due = new ArrayList<>();
		for (Failure failure : failures) {
			if (failure.actedOn()) {
				continue;
			}
			Required required = required(order, failure.on(), warnings);
			int days = required.warningAllowed() ? timescales.warningWorkingDays() : timescales.breachWorkingDays();
			due.add(new Due(failure.contactId(), failure.on(), required,
					WorkingDayCalendar.plusWorkingDays(failure.on(), days)));
		}
		return due;
	}

	public static Required required(Order order, LocalDate failedOn, List<LocalDate> warnings) {
		return switch (order) {
			case LICENCE -> Required.WARNING_OR_RECALL;
			// as for a community order (supervision.md, "PSS"), the breach going to the
			// magistrates' court, never recall
			case POST_SENTENCE_SUPERVISION -> warnedWithinYearBefore(failedOn, warnings)
					? Required.BREACH_TO_MAGISTRATES : Required.WARNING_OR_BREACH_TO_MAGISTRATES;
			case COMMUNITY -> warnedWithinYearBefore(failedOn, warnings) ? Required.BREACH : Required.WARNING_OR_BREACH;
		};
	}

	/** A warning given on or before the failure, within the 12 months before it. */
	static boolean warnedWithinYearBefore(LocalDate failedOn, List<LocalDate> warnings) {
		return warnings.stream().anyMatch(w -> !w.isAfter(failedOn) && w.isAfter(failedOn.minusMonths(12)));
	}

	/** Whether breach must start now: some failure not yet acted on requires it. */
	public static boolean breachRequired(Order order, List<Failure> failures, List<LocalDate> warnings) {
		return due(order, failures, warnings).stream()
			.anyMatch(d -> d.required() == Required.BREACH || d.required() == Required.BREACH_TO_MAGISTRATES);
	}

}
