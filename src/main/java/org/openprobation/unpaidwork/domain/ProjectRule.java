package org.openprobation.unpaidwork.domain;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.openprobation.shared.FieldProblem;

/**
 * What an unpaid work project and its weekly sessions must be: named, typed and placed in
 * a borough the provider covers; each weekly session on a day, ending after it starts, at
 * most 10 people per supervisor and not overlapping another of the project's sessions on
 * that day. A project's suitability may not be narrowed while people it would no longer
 * suit are booked on its sessions to come.
 */
public final class ProjectRule {

	public static final Set<String> TYPES = Set.of("GROUP", "INDIVIDUAL_PLACEMENT", "CHARITY_SHOP", "OUTDOOR");

	/** People per supervisor at most (the national standard for group placements). */
	public static final int PEOPLE_PER_SUPERVISOR = 10;

	private ProjectRule() {
	}

	/** A project's details as typed. */
	public record Details(@Nullable String name, @Nullable String type, @Nullable Long boroughId,
			@Nullable String address, @Nullable String beneficiary) {
	}

	public static List<FieldProblem> detailsProblems(Details details, Collection<Long> providerBoroughs) {
		List<FieldProblem> problems = new ArrayList<>();
		text(problems, "name", details.name(), "Enter the project's name", 200);
		if (details.type() == null || !TYPES.contains(details.type())) {
			problems.add(new FieldProblem("type", "Select the type of project"));
		}
		if (details.boroughId() == null || !providerBoroughs.contains(details.boroughId())) {
			problems.add(new FieldProblem("boroughId", "Select a borough the provider covers"));
		}
		text(problems, "address", details.address(), "Enter the address (where people meet)", 300);
		text(problems, "beneficiary", details.beneficiary(), "Enter who benefits from the work", 300);
		return problems;
	}

	/** A weekly session as typed; supervisors default to one. */
	public record Weekly(@Nullable Integer dayOfWeek, @Nullable LocalTime start, @Nullable LocalTime end,
			@Nullable Integer supervisors, @Nullable Integer capacity) {

		public int supervisorsOrOne() {
			return supervisors == null ? 1 : supervisors;
		}

	}

	/** Another weekly session of the same project, for the overlap check. */
	public record Slot(int dayOfWeek, LocalTime start, LocalTime end) {
	}

	public static List<FieldProblem> weeklyProblems(Weekly session, Collection<Slot> others) {
		List<FieldProblem> problems = new ArrayList<>();
		if (session.dayOfWeek() == null || session.dayOfWeek() < 1 || session.dayOfWeek() > 7) {
			problems.add(new FieldProblem("day", "Select the day"));
		}
		if (session.start() == null) {
			problems.add(new FieldProblem("start", "Enter the start time, like 09:00"));
		}
		if (session.end() == null) {
			problems.add(new FieldProblem("end", "Enter the end time, like 16:00"));
		}
		else if (session.start() != null && !session.end().isAfter(session.start())) {
			problems.add(new FieldProblem("end", "The end must be after the start"));
		}
		int supervisors = session.supervisorsOrOne();
		if (supervisors < 1 || supervisors > 5) {
			problems.add(new FieldProblem("supervisors", "Enter 1 to 5 supervisors"));
		}
		if (session.capacity() == null || session.capacity() < 1) {
			problems.add(new FieldProblem("capacity", "Enter how many people the session takes"));
		}
		else if (session.capacity() > PEOPLE_PER_SUPERVISOR * supervisors) {
			problems.add(new FieldProblem("capacity",
					"A group has at most " + PEOPLE_PER_SUPERVISOR + " people per supervisor: at most "
							+ PEOPLE_PER_SUPERVISOR * supervisors + " with " + supervisors
							+ (supervisors == 1 ? " supervisor" : " supervisors")));
		}
		if (problems.isEmpty()) {
			others.stream()
				.filter(o -> o.dayOfWeek() == session.dayOfWeek() && o.start().isBefore(session.end())
						&& session.start().isBefore(o.end()))
				.findFirst()
				.ifPresent(o -> problems
					.add(new FieldProblem("start", "The project already has a session that day from " + o.start()
							+ " to " + o.end() + ": change that one, or choose a time that does not overlap it")));
		}
		return problems;
	}

	/**
	 * Why the project's suitability cannot change yet: making it women only while men are
	 * booked on its sessions to come, or involving children while people registered as a
	 * risk to children are. Empty when it can.
	 */
	public static List<FieldProblem> narrowingProblems(boolean womenOnlyBefore, boolean womenOnly, int menBooked,
			boolean childrenBefore, boolean involvesChildren, int riskToChildrenBooked) {
		List<FieldProblem> problems = new ArrayList<>();
		if (womenOnly && !womenOnlyBefore && menBooked > 0) {
			problems.add(new FieldProblem("womenOnly",
					people(menBooked) + " booked on its sessions to come "
							+ (menBooked == 1 ? "is not a woman" : "are not women")
							+ ": move their bookings before making the project women only"));
		}
		if (involvesChildren && !childrenBefore && riskToChildrenBooked > 0) {
			problems.add(new FieldProblem("involvesChildren", people(riskToChildrenBooked)
					+ " booked on its sessions to come " + (riskToChildrenBooked == 1 ? "is" : "are")
					+ " registered as a risk to children: move their bookings before recording that it involves children"));
		}
		return problems;
	}

	private static String people(int count) {
		return count == 1 ? "1 person" : count + " people";
	}

	private static void text(List<FieldProblem> problems, String field, @Nullable String value, String missing,
			int max) {
		if (value == null || value.isBlank()) {
			problems.add(new FieldProblem(field, missing));
		}
		else if (value.length() > max) {
			problems.add(new FieldProblem(field, "Must be " + max + " characters or fewer"));
		}
	}

}
