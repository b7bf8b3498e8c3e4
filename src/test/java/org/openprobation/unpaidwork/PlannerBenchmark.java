package org.openprobation.unpaidwork;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openprobation.unpaidwork.domain.WeekPlanner;

/**
 * Planning a week of unpaid work for 3,000 people on 150 projects, against the first-come
 * baseline. Run with {@code bash bench/planner.sh}, which also prints the hours each
 * delivers.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PlannerBenchmark {

	private final PlannerInstances.Week week = PlannerInstances.london(3_000, 150, 2017);

	@Benchmark
	public WeekPlanner.Plan planner() {
		return WeekPlanner.plan(week.people(), week.slots(), PlannerInstances.WEEK, WeekPlanner.Strategy.PLANNER);
	}

	@Benchmark
	public WeekPlanner.Plan firstCome() {
		return WeekPlanner.plan(week.people(), week.slots(), PlannerInstances.WEEK, WeekPlanner.Strategy.FIRST_COME);
	}

	/** Prints what each strategy delivers on the benchmark's week. */
	public static void main(String[] args) {
		PlannerInstances.Week week = PlannerInstances.london(3_000, 150, 2017);
		int places = week.slots().stream().mapToInt(WeekPlanner.Slot::placesLeft).sum();
		System.out.printf("week: %,d people, %,d sessions, %,d places%n", week.people().size(), week.slots().size(),
				places);
		WeekPlanner.Plan planned = null;
		for (WeekPlanner.Strategy strategy : WeekPlanner.Strategy.values()) {
			long started = System.nanoTime();
			WeekPlanner.Plan plan = WeekPlanner.plan(week.people(), week.slots(), PlannerInstances.WEEK, strategy);
			long millis = (System.nanoTime() - started) / 1_000_000;
			System.out.printf(
					"%-10s hours delivered %,8.1f  unmet demand %,8.1f hours  people placed %,5d  not placed %,5d  (%d ms, first run)%n",
					strategy, plan.hoursDelivered(), plan.unmetMinutes() / 60.0, plan.peoplePlaced(),
					plan.notPlaced().size(), millis);
			if (strategy == WeekPlanner.Strategy.PLANNER) {
				planned = plan;
			}
			else {
				System.out.printf("planner / first-come hours delivered: %.2f%n",
						planned.hoursDelivered() / plan.hoursDelivered());
			}
		}
	}

}
