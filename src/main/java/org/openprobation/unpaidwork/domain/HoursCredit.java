package org.openprobation.unpaidwork.domain;

import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.openprobation.shared.FieldProblem;

/**
 * Hours credited for a session: the time from arrival to departure, less breaks, within
 * the session's own times; a stand-down by the service is credited by policy (default one
 * hour) and counts against the service, never the person.
 */
public final class HoursCredit {

	/** Policy (provider settings): the credit for a person stood down by the service. */
	public record Settings(int standDownMinutes) {

		public static Settings defaults() {
			return new Settings(60);
		}

	}

	private HoursCredit() {
	}

	/** Minutes credited, or the problems with what was typed. */
	public record Result(int minutes, List<FieldProblem> problems) {

		public Result {
			problems = List.copyOf(problems);
		}

		public boolean ok() {
			return problems.isEmpty();
		}

	}

	public static Result attended(LocalTime sessionStart, LocalTime sessionEnd, @Nullable LocalTime arrived,
			@Nullable LocalTime left, @Nullable Integer breakMinutes) {
		List<FieldProblem> problems = new ArrayList<>();
		if (arrived == null) {
			problems.add(new FieldProblem("arrived", "Enter the time the person arrived"));
		}
		else if (arrived.isBefore(sessionStart) || !arrived.isBefore(sessionEnd)) {
			problems.add(new FieldProblem("arrived",
					"The arrival must be within the session, " + sessionStart + " to " + sessionEnd));
		}
		if (left == null) {
			problems.add(new FieldProblem("left", "Enter the time the person left"));
		}
		else if (left.isAfter(sessionEnd) || left.isBefore(sessionStart)) {
			problems.add(new FieldProblem("left",
					"The departure must be within the session, " + sessionStart + " to " + sessionEnd));
		}
		else if (arrived != null && !left.isAfter(arrived)) {
			problems.add(new FieldProblem("left", "The departure must be after the arrival"));
		}
		int breaks = breakMinutes == null ? 0 : breakMinutes;
		if (breaks < 0) {
			problems.add(new FieldProblem("breakMinutes", "Breaks cannot be negative"));
		}
		if (!problems.isEmpty()) {
			return new Result(0, problems);
		}
		long worked = Duration.between(arrived, left).toMinutes() - breaks;
		if (worked <= 0) {
			return new Result(0,
					List.of(new FieldProblem("breakMinutes", "Breaks must be shorter than the time on site")));
		}
		return new Result((int) worked, List.of());
	}

}
