package org.openprobation.unpaidwork;

import java.time.LocalTime;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.openprobation.shared.FieldProblem;
import org.openprobation.unpaidwork.domain.ProjectRule;

import static org.assertj.core.api.Assertions.assertThat;

/** What a project's weekly sessions and suitability may be (issue 26). */
class ProjectRuleTest {

	private static final LocalTime NINE = LocalTime.of(9, 0);

	private static final LocalTime FOUR = LocalTime.of(16, 0);

	@Property
	void aGroupTakesAtMostTenPeoplePerSupervisor(@ForAll @IntRange(min = 1, max = 5) int supervisors,
			@ForAll @IntRange(min = 1, max = 60) int places) {
		List<FieldProblem> problems = ProjectRule
			.weeklyProblems(new ProjectRule.Weekly(3, NINE, FOUR, supervisors, places), List.of());
		assertThat(problems.isEmpty()).isEqualTo(places <= 10 * supervisors);
	}

	@Test
	void aWeeklySessionMayNotOverlapAnotherOfTheProjectOnTheSameDay() {
		List<ProjectRule.Slot> others = List.of(new ProjectRule.Slot(3, NINE, LocalTime.of(13, 0)));
		assertThat(ProjectRule.weeklyProblems(new ProjectRule.Weekly(3, LocalTime.of(12, 0), FOUR, 1, 8), others))
			.extracting(FieldProblem::field)
			.containsExactly("start");
		// back to back is not an overlap; another day never is
		assertThat(ProjectRule.weeklyProblems(new ProjectRule.Weekly(3, LocalTime.of(13, 0), FOUR, 1, 8), others))
			.isEmpty();
		assertThat(ProjectRule.weeklyProblems(new ProjectRule.Weekly(4, NINE, FOUR, 1, 8), others)).isEmpty();
	}

	@Test
	void suitabilityIsNotNarrowedWhilePeopleItWouldNoLongerSuitAreBooked() {
		assertThat(ProjectRule.narrowingProblems(false, true, 2, false, false, 0)).extracting(FieldProblem::message)
			.containsExactly("2 people booked on its sessions to come are not women: "
					+ "move their bookings before making the project women only");
		assertThat(ProjectRule.narrowingProblems(false, false, 0, false, true, 1)).extracting(FieldProblem::field)
			.containsExactly("involvesChildren");
		// already women only, or nobody booked: nothing to say
		assertThat(ProjectRule.narrowingProblems(true, true, 3, false, false, 0)).isEmpty();
		assertThat(ProjectRule.narrowingProblems(false, true, 0, false, true, 0)).isEmpty();
	}

}
