package org.openprobation.unpaidwork;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.openprobation.unpaidwork.domain.WeekPlanner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The placement planner: never oversubscribes, never double-books, never books the busy.
 */
class WeekPlannerTest {

	static final LocalDate WEEK = PlannerInstances.WEEK;

	@Test
	void aWorkerIsPlacedAtTheWeekendAndTheReasonsAreGiven() {
		WeekPlanner.Slot weekday = new WeekPlanner.Slot(1, "Garden", 7, 1, WEEK.atTime(9, 0), WEEK.atTime(16, 0), 10,
				false, false);
		WeekPlanner.Slot saturday = new WeekPlanner.Slot(2, "Garden", 7, 1, WEEK.plusDays(5).atTime(9, 0),
				WEEK.plusDays(5).atTime(16, 0), 10, false, false);
		WeekPlanner.Slot youth = new WeekPlanner.Slot(3, "Youth centre", 7, 1, WEEK.plusDays(6).atTime(9, 0),
				WEEK.plusDays(6).atTime(16, 0), 10, false, true);
		WeekPlanner.Person worker = new WeekPlanner.Person(1, 7, 1, false, true, 100 * 60, WEEK.plusMonths(10),
				List.of(new WeekPlanner.Busy(WEEK.atTime(8, 0), WEEK.atTime(18, 0), "work")));
		assertThat(WeekPlanner.whyNot(worker, weekday, List.of(), 10, false)).isEqualTo("Clashes with work");
		assertThat(WeekPlanner.whyNot(worker, youth, List.of(), 10, false))
			.isEqualTo("Involves children; the person is a risk to children");
		WeekPlanner.Plan plan = WeekPlanner.plan(List.of(worker), List.of(weekday, saturday, youth), WEEK,
				WeekPlanner.Strategy.PLANNER);
		assertThat(plan.assignments()).extracting(WeekPlanner.Assignment::sessionId).containsExactly(2L);
	}

	/**
	 * supervision.md, "Unpaid work": the 12 months are a deadline, not a cut-off (the
	 * order stays in force until the hours are worked); a suspended sentence order's
	 * hours are never worked after its operational period.
	 */
	@Test
	void hoursOwedPastTheTwelveMonthsArePlacedFirstButNeverPastASuspendedOrdersOperationalPeriod() {
		WeekPlanner.Slot slot = new WeekPlanner.Slot(1, "Garden", 7, 1, WEEK.plusDays(1).atTime(9, 0),
				WEEK.plusDays(1).atTime(16, 0), 1, false, false);
		WeekPlanner.Person overdue = new WeekPlanner.Person(1, 7, 1, false, false, 30 * 60, WEEK.minusMonths(1),
				List.of());
		WeekPlanner.Person onTime = new WeekPlanner.Person(2, 7, 1, false, false, 30 * 60, WEEK.plusMonths(6),
				List.of());
		assertThat(WeekPlanner.whyNot(overdue, slot, List.of(), 1, false)).isNull();
		assertThat(WeekPlanner.plan(List.of(onTime, overdue), List.of(slot), WEEK, WeekPlanner.Strategy.PLANNER)
			.assignments()).extracting(WeekPlanner.Assignment::personId).containsExactly(1L);
		WeekPlanner.Person suspended = new WeekPlanner.Person(3, 7, 1, false, false, 30 * 60, WEEK.minusMonths(1),
				List.of(), WEEK);
		assertThat(WeekPlanner.whyNot(suspended, slot, List.of(), 1, false))
			.isEqualTo("After the suspended sentence order's operational period");
	}

	@Test
	void thoseFurthestBehindAreServedFirstAndTheLastPlaceGoesToThem() {
		WeekPlanner.Slot only = new WeekPlanner.Slot(1, "Food bank", 3, 0, WEEK.plusDays(1).atTime(9, 0),
				WEEK.plusDays(1).atTime(16, 0), 1, false, false);
		WeekPlanner.Person relaxed = new WeekPlanner.Person(1, 3, 0, false, false, 40 * 60, WEEK.plusMonths(11),
				List.of());
		WeekPlanner.Person urgent = new WeekPlanner.Person(2, 3, 0, false, false, 200 * 60, WEEK.plusMonths(3),
				List.of());
		WeekPlanner.Plan plan = WeekPlanner.plan(List.of(relaxed, urgent), List.of(only), WEEK,
				WeekPlanner.Strategy.PLANNER);
		assertThat(plan.assignments()).extracting(WeekPlanner.Assignment::personId).containsExactly(2L);
		assertThat(plan.notPlaced()).containsEntry(1L, "Full");
		WeekPlanner.Plan firstCome = WeekPlanner.plan(List.of(relaxed, urgent), List.of(only), WEEK,
				WeekPlanner.Strategy.FIRST_COME);
		assertThat(firstCome.assignments()).extracting(WeekPlanner.Assignment::personId).containsExactly(1L);
	}

	@Test
	void onTheLondonWeekThePlannerDeliversMoreHoursThanFirstCome() {
		PlannerInstances.Week week = PlannerInstances.london(3_000, 150, 2017);
		WeekPlanner.Plan planned = WeekPlanner.plan(week.people(), week.slots(), WEEK, WeekPlanner.Strategy.PLANNER);
		WeekPlanner.Plan baseline = WeekPlanner.plan(week.people(), week.slots(), WEEK,
				WeekPlanner.Strategy.FIRST_COME);
		assertThat(planned.minutesDelivered()).isGreaterThan(baseline.minutesDelivered());
		assertValid(week, planned);
		assertValid(week, baseline);
	}

	@Property(tries = 200)
	void noPlanOversubscribesDoubleBooksOrBooksTheBusy(@ForAll @IntRange(min = 1, max = 80) int people,
			@ForAll @IntRange(min = 1, max = 12) int projects, @ForAll @LongRange(min = 1, max = 10_000) long seed) {
		PlannerInstances.Week week = PlannerInstances.london(people, projects, seed);
		for (WeekPlanner.Strategy strategy : WeekPlanner.Strategy.values()) {
			assertValid(week, WeekPlanner.plan(week.people(), week.slots(), WEEK, strategy));
		}
	}

	static void assertValid(PlannerInstances.Week week, WeekPlanner.Plan plan) {
		Map<Long, WeekPlanner.Slot> slots = new HashMap<>();
		week.slots().forEach(s -> slots.put(s.sessionId(), s));
		Map<Long, WeekPlanner.Person> people = new HashMap<>();
		week.people().forEach(p -> people.put(p.personId(), p));
		Map<Long, Integer> booked = new HashMap<>();
		Map<Long, List<WeekPlanner.Slot>> theirs = new HashMap<>();
		for (WeekPlanner.Assignment a : plan.assignments()) {
			booked.merge(a.sessionId(), 1, Integer::sum);
			WeekPlanner.Slot slot = slots.get(a.sessionId());
			WeekPlanner.Person person = people.get(a.personId());
			for (WeekPlanner.Busy busy : person.busy()) {
				assertThat(slot.start().isBefore(busy.end()) && busy.start().isBefore(slot.end())).as("busy").isFalse();
			}
			for (WeekPlanner.Slot other : theirs.getOrDefault(a.personId(), List.of())) {
				assertThat(slot.start().isBefore(other.end()) && other.start().isBefore(slot.end())).as("double-booked")
					.isFalse();
			}
			assertThat(!slot.womenOnly() || person.female()).as("women only").isTrue();
			assertThat(!slot.involvesChildren() || !person.riskToChildren()).as("children").isTrue();
			theirs.computeIfAbsent(a.personId(), k -> new java.util.ArrayList<>()).add(slot);
		}
		booked
			.forEach((session, n) -> assertThat(n).as("capacity").isLessThanOrEqualTo(slots.get(session).placesLeft()));
	}

}
