package org.openprobation.assessment.domain;

import java.time.LocalDate;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * assessment.md, "Timeliness": a RoSH assessment and a plan are reviewed at least every 6
 * months, and whenever a trigger occurs after the last review.
 */
class ReviewTriggersTest {

	private static final InitialAssessment.Settings DEFAULTS = InitialAssessment.Settings.defaults();

	@Test
	void withNoTriggerTheReviewIsSixMonthsAfterTheLast() {
		ReviewTriggers.Due due = ReviewTriggers.due(LocalDate.of(2026, 6, 1), ReviewTriggers.Events.none(), DEFAULTS);
		assertThat(due.by()).isEqualTo(LocalDate.of(2026, 12, 1));
		assertThat(due.trigger()).isNull();
		assertThat(due.why()).isEqualTo("Scheduled review");
	}

	@Test
	void aMoveAfterTheLastReviewBringsItForwardToTenWorkingDaysAfterTheMove() {
		// moved Monday 2 November 2026: ten working days on is Monday 16 November
		ReviewTriggers.Events moved = new ReviewTriggers.Events(LocalDate.of(2026, 11, 2), null, null, null, null);
		ReviewTriggers.Due due = ReviewTriggers.due(LocalDate.of(2026, 9, 1), moved, DEFAULTS);
		assertThat(due.by()).isEqualTo(LocalDate.of(2026, 11, 16));
		assertThat(due.why()).isEqualTo("Change of address on 2 Nov 2026");
	}

	@Test
	void theFirstTriggerSinceTheLastReviewCountsAndOnesBeforeItDoNot() {
		ReviewTriggers.Events events = new ReviewTriggers.Events(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 10, 20),
				null, LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 12));
		assertThat(ReviewTriggers.firstSince(LocalDate.of(2026, 9, 1), events))
			.contains(new ReviewTriggers.Trigger("Registration added", LocalDate.of(2026, 10, 5)));
		// reviewed after all of them: nothing triggers it
		assertThat(ReviewTriggers.firstSince(LocalDate.of(2026, 10, 20), events)).isEmpty();
	}

	@Test
	void aTriggerWhoseDeadlineFallsAfterTheScheduledReviewLeavesTheScheduledDate() {
		ReviewTriggers.Events breach = new ReviewTriggers.Events(null, null, null, null, LocalDate.of(2026, 11, 27));
		ReviewTriggers.Due due = ReviewTriggers.due(LocalDate.of(2026, 6, 1), breach, DEFAULTS);
		assertThat(due.by()).isEqualTo(LocalDate.of(2026, 12, 1));
		assertThat(due.trigger()).isNull();
	}

	@Property
	void aTriggerNeverPutsTheReviewLaterThanScheduled(@ForAll @IntRange(min = 0, max = 2000) int last,
			@ForAll @IntRange(min = -400, max = 400) int moved) {
		LocalDate lastReviewed = LocalDate.of(2022, 1, 1).plusDays(last);
		ReviewTriggers.Events events = new ReviewTriggers.Events(lastReviewed.plusDays(moved), null, null, null, null);
		ReviewTriggers.Due due = ReviewTriggers.due(lastReviewed, events, DEFAULTS);
		assertThat(due.by()).isBeforeOrEqualTo(InitialAssessment.reviewDue(lastReviewed, DEFAULTS));
		assertThat(due.by()).isAfter(lastReviewed);
	}

}
