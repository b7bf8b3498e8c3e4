package org.openprobation.unpaidwork;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.openprobation.unpaidwork.domain.WeekPlanner;

/**
 * Synthetic, seeded planning weeks: projects across boroughs and areas, people with hours
 * and busy times.
 */
final class PlannerInstances {

	static final LocalDate WEEK = LocalDate.of(2026, 11, 30);

	private PlannerInstances() {
	}

	record Week(List<WeekPlanner.Person> people, List<WeekPlanner.Slot> slots) {
	}

	static Week london(int people, int projects, long seed) {
		Random random = new Random(seed);
		int boroughs = 33;
		List<WeekPlanner.Slot> slots = new ArrayList<>();
		long id = 1;
		for (int p = 0; p < projects; p++) {
			int borough = p % boroughs;
			int kind = random.nextInt(10);
			int capacity = kind < 7 ? 10 : kind < 9 ? 4 : 2;
			boolean women = kind == 9;
			boolean children = kind == 6;
			int weekday = random.nextInt(5);
			slots.add(new WeekPlanner.Slot(id++, "Project " + p, borough, borough / 7,
					WEEK.plusDays(weekday).atTime(9, 0), WEEK.plusDays(weekday).atTime(16, 0), capacity, women,
					children));
			if (capacity == 10) {
				int weekend = 5 + random.nextInt(2);
				slots.add(new WeekPlanner.Slot(id++, "Project " + p, borough, borough / 7,
						WEEK.plusDays(weekend).atTime(9, 0), WEEK.plusDays(weekend).atTime(16, 0), capacity, women,
						children));
			}
		}
		List<WeekPlanner.Person> list = new ArrayList<>();
		for (int i = 0; i < people; i++) {
			int borough = random.nextInt(boroughs);
			List<WeekPlanner.Busy> busy = new ArrayList<>();
			double roll = random.nextDouble();
			if (roll < 0.35) {
				for (int d = 0; d < 5; d++) {
					busy.add(new WeekPlanner.Busy(WEEK.plusDays(d).atTime(8, 0), WEEK.plusDays(d).atTime(18, 0),
							"work"));
				}
			}
			else if (roll < 0.45) {
				for (int d = 0; d < 5; d++) {
					busy.add(new WeekPlanner.Busy(WEEK.plusDays(d).atTime(8, 0), WEEK.plusDays(d).atTime(9, 30),
							"the school run"));
				}
			}
			if (random.nextDouble() < 0.2) {
				LocalDateTime at = WEEK.plusDays(random.nextInt(5)).atTime(10 + random.nextInt(5), 0);
				busy.add(new WeekPlanner.Busy(at, at.plusHours(1), "an appointment"));
			}
			int remaining = (40 + random.nextInt(261)) * 60;
			LocalDate deadline = WEEK.plusDays(30 + random.nextInt(330));
			list.add(new WeekPlanner.Person(i + 1, borough, borough / 7, random.nextDouble() < 0.15,
					random.nextDouble() < 0.05, remaining, deadline, busy));
		}
		return new Week(list, slots);
	}

}
