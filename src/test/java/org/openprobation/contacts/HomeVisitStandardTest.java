package org.openprobation.contacts;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Home visits where there are child safeguarding or domestic abuse concerns. */
class HomeVisitStandardTest {

	// Monday 2 November 2026
	static final LocalDate START = LocalDate.of(2026, 11, 2);

	@Test
	void aHomeVisitIsDueWithinTenWorkingDaysOfTheStart() {
		HomeVisitStandard.Due due = HomeVisitStandard.due(START, null, null, START.plusDays(3));
		assertThat(due.due()).isEqualTo(LocalDate.of(2026, 11, 16));
		assertThat(due.overdue()).isFalse();
		assertThat(HomeVisitStandard.due(START, null, null, LocalDate.of(2026, 11, 17)).overdue()).isTrue();
		// a visit before supervision started does not count
		assertThat(HomeVisitStandard.due(START, null, START.minusDays(1), START)).isNotNull();
		assertThat(HomeVisitStandard.due(START, null, START.plusDays(4), START.plusDays(20))).isNull();
	}

	@Test
	void andAgainAfterEachReviewOfThePlan() {
		LocalDate visited = START.plusDays(4);
		LocalDate review = LocalDate.of(2027, 2, 1);
		HomeVisitStandard.Due due = HomeVisitStandard.due(START, review, visited, review.plusDays(1));
		assertThat(due.due()).isEqualTo(LocalDate.of(2027, 2, 15));
		assertThat(due.reason()).isEqualTo("After the plan review on 1 February 2027");
		assertThat(HomeVisitStandard.due(START, review, review.plusDays(2), review.plusDays(30))).isNull();
	}

}
