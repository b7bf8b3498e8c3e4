package org.openprobation.unpaidwork.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Plans unpaid work placements in plain Java: who goes to which session, never beyond a
 * session's places, never two sessions at once for one person, never when the person is
 * busy (work, caring, another appointment), only where suitable (women-only projects,
 * projects with children), the person's own borough first, then the rest of their area.
 * The planner serves first those furthest behind their 12-month deadline and those with
 * fewest options, and books as many sessions as each needs to stay on course; the
 * first-come baseline books one session each, in the order people arrive, in their own
 * borough.
 */
public final class WeekPlanner {

	private WeekPlanner() {
	}

	/** A dated session with its places left. */
	public record Slot(long sessionId, String project, long boroughId, long areaId, LocalDateTime start,
			LocalDateTime end, int placesLeft, boolean womenOnly, boolean involvesChildren) {

		int minutes() {
			return (int) ChronoUnit.MINUTES.between(start, end);
		}

		boolean overlaps(LocalDateTime otherStart, LocalDateTime otherEnd) {
			return start.isBefore(otherEnd) && otherStart.isBefore(end);
		}

	}

	/** A time the person cannot work: employment, caring, another appointment. */
	public record Busy(LocalDateTime start, LocalDateTime end, String why) {
	}

	/**
	 * A person with hours to work: by the 12-month {@code deadline}, which sets how
	 * urgent they are but does not stop their hours being worked after it; and never
	 * after {@code lastDay} (a suspended sentence order's operational period), when there
	 * is one.
	 */
	public record Person(long personId, long boroughId, long areaId, boolean female, boolean riskToChildren,
			int minutesRemaining, LocalDate deadline, List<Busy> busy, @Nullable LocalDate lastDay) {

		public Person {
			busy = List.copyOf(busy);
		}

		public Person(long personId, long boroughId, long areaId, boolean female, boolean riskToChildren,
				int minutesRemaining, LocalDate deadline, List<Busy> busy) {
			this(personId, boroughId, areaId, female, riskToChildren, minutesRemaining, deadline, busy, null);
		}

		/**
		 * Minutes a week needed to finish by the deadline (at least one session a week).
		 */
		public int weeklyNeed(LocalDate weekStart) {
			long weeks = Math.max(1, ChronoUnit.WEEKS.between(weekStart, deadline));
			return (int) Math.ceil(minutesRemaining / (double) weeks);
		}

	}

	public record Assignment(long personId, long sessionId, String why) {
	}

	/**
	 * @param unmetMinutes what people needed this week to stay on course for their
	 * deadline and did not get
	 */
	public record Plan(List<Assignment> assignments, int minutesDelivered, int peopleNeedingWork, int peoplePlaced,
			int peopleBehind, int unmetMinutes, Map<Long, String> notPlaced) {

		public Plan {
			assignments = List.copyOf(assignments);
			notPlaced = Map.copyOf(notPlaced);
		}

		public double hoursDelivered() {
			return minutesDelivered / 60.0;
		}

	}

	public enum Strategy {

		/** Furthest behind and fewest options first, as many sessions as needed. */
		PLANNER,
		/** One session each in the person's own borough, in arrival order. */
		FIRST_COME

	}

	/**
	 * Why a session does not suit the person, or null when it does (given what they are
	 * already booked on).
	 */
	public static @Nullable String whyNot(Person person, Slot slot, List<Slot> alreadyTheirs, int placesLeft,
			boolean areaAllowed) {
		if (placesLeft <= 0) {
			return "Full";
		}
		if (slot.womenOnly() && !person.female()) {
			return "Women only";
		}
		if (slot.involvesChildren() && person.riskToChildren()) {
			return "Involves children; the person is a risk to children";
		}
		if (person.lastDay() != null && slot.start().toLocalDate().isAfter(person.lastDay())) {
			return "After the suspended sentence order's operational period";
		}
		if (slot.boroughId() != person.boroughId() && !(areaAllowed && slot.areaId() == person.areaId())) {
			return "Too far: outside the person's borough" + (areaAllowed ? " and area" : "");
		}
		for (Busy busy : person.busy()) {
			if (slot.overlaps(busy.start(), busy.end())) {
				return "Clashes with " + busy.why();
			}
		}
		for (Slot mine : alreadyTheirs) {
			if (slot.overlaps(mine.start(), mine.end())
					|| slot.start().toLocalDate().equals(mine.start().toLocalDate())) {
				return "Already booked that day";
			}
		}
		return null;
	}

	public static Plan plan(List<Person> people, List<Slot> slots, LocalDate weekStart, Strategy strategy) {
		Map<Long, Integer> places = new HashMap<>();
		slots.forEach(s -> places.put(s.sessionId(), s.placesLeft()));
		List<Slot> byTime = new ArrayList<>(slots);
		byTime.sort(Comparator.comparing(Slot::start).thenComparing(Slot::sessionId));
		List<Person> order = new ArrayList<>(people.stream().filter(p -> p.minutesRemaining() > 0).toList());
		boolean planner = strategy == Strategy.PLANNER;
		if (planner) {
			Map<Long, Long> options = new HashMap<>();
			for (Person p : order) {
				options.put(p.personId(),
						byTime.stream().filter(s -> whyNot(p, s, List.of(), s.placesLeft(), true) == null).count());
			}
			order.sort(Comparator.comparingDouble((Person p) -> -p.weeklyNeed(weekStart) / 60.0)
				.thenComparing(p -> options.get(p.personId()))
				.thenComparing(Person::personId));
		}
		List<Assignment> assignments = new ArrayList<>();
		Map<Long, List<Slot>> theirs = new HashMap<>();
		Map<Long, Integer> minutes = new HashMap<>();
		Map<Long, String> lastReason = new HashMap<>();
		// round by round: everyone gets one session before anyone gets a second, so the
		// places reach as many people as possible, then the furthest behind get more
		boolean progress = true;
		for (int round = 0; progress && (planner || round == 0); round++) {
			progress = false;
			for (Person person : order) {
				int need = planner ? person.weeklyNeed(weekStart) : 1;
				int done = minutes.getOrDefault(person.personId(), 0);
				if (done >= need || (round > 0 && done == 0)) {
					continue;
				}
				List<Slot> mine = theirs.computeIfAbsent(person.personId(), k -> new ArrayList<>());
				Slot chosen = null;
				for (boolean area : planner ? new boolean[] { false, true } : new boolean[] { false }) {
					for (Slot slot : byTime) {
						String why = whyNot(person, slot, mine, places.get(slot.sessionId()), area);
						if (why == null) {
							chosen = slot;
							break;
						}
						lastReason.put(person.personId(), why);
					}
					if (chosen != null) {
						break;
					}
				}
				if (chosen == null) {
					continue;
				}
				mine.add(chosen);
				places.merge(chosen.sessionId(), -1, Integer::sum);
				minutes.merge(person.personId(), chosen.minutes(), Integer::sum);
				assignments.add(new Assignment(person.personId(), chosen.sessionId(),
						(chosen.boroughId() == person.boroughId() ? "In the person's borough" : "In their area")
								+ "; free then; " + places.get(chosen.sessionId()) + " places left after"));
				progress = true;
			}
		}
		Map<Long, String> notPlaced = new LinkedHashMap<>();
		int delivered = 0;
		int placed = 0;
		int behind = 0;
		int unmet = 0;
		for (Person person : order) {
			int done = minutes.getOrDefault(person.personId(), 0);
			delivered += done;
			if (done == 0) {
				notPlaced.put(person.personId(), lastReason.getOrDefault(person.personId(), "No session in the week"));
			}
			else {
				placed++;
			}
			if (done < person.weeklyNeed(weekStart)) {
				behind++;
				unmet += person.weeklyNeed(weekStart) - done;
			}
		}
		return new Plan(assignments, delivered, order.size(), placed, behind, unmet, notPlaced);
	}

}
