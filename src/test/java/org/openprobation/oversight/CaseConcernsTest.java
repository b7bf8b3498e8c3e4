package org.openprobation.oversight;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openprobation.assessment.RoshOverall;
import org.openprobation.assessment.domain.InitialAssessment;
import org.openprobation.assessment.domain.TierRule.RoshLevel;
import org.openprobation.planning.Plans;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A case's assessment and plan concerns follow the provider's timescales
 * ({@code assessment.md}, Timeliness, policy defaults: due within 15 working days of
 * allocation, reviewed at least every 6 months).
 */
class CaseConcernsTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

	private static final Plans.PlanState PLAN_REVIEWED_IN_MAY = new Plans.PlanState(1, LocalDate.of(2025, 11, 3),
			LocalDate.of(2025, 11, 24), 3, List.of(), LocalDate.of(2026, 5, 18));

	private static final RoshOverall ROSH_OF_MAY = new RoshOverall(9, LocalDate.of(2026, 5, 18), RoshLevel.MEDIUM);

	@Test
	void aPlanAndRoshReviewedOverSixMonthsAgoAreOverdueByDefault() {
		var issues = CaseConcerns.issues(TODAY, LocalDate.of(2025, 11, 3), PLAN_REVIEWED_IN_MAY, ROSH_OF_MAY, List.of(),
				InitialAssessment.Settings.defaults());
		assertThat(issues).extracting(CaseConcerns.Issue::concern)
			.containsExactlyInAnyOrder(CaseConcerns.Concern.PLAN_REVIEW_OVERDUE,
					CaseConcerns.Concern.ROSH_REVIEW_OVERDUE);
		assertThat(issues).extracting(CaseConcerns.Issue::text)
			.contains("Plan review was due by 2026-11-18",
					"Risk of serious harm last assessed 2026-05-18, more than 6 months ago");
	}

	@Test
	void aProviderReviewingEveryNineMonthsHasNoneOverdueYet() {
		var issues = CaseConcerns.issues(TODAY, LocalDate.of(2025, 11, 3), PLAN_REVIEWED_IN_MAY, ROSH_OF_MAY, List.of(),
				new InitialAssessment.Settings(15, 9));
		assertThat(issues).isEmpty();
		assertThat(PLAN_REVIEWED_IN_MAY.nextReviewDue(new InitialAssessment.Settings(15, 9)))
			.isEqualTo(LocalDate.of(2027, 2, 18));
	}

	@Test
	void aPlanNeverReviewedIsDueTheIntervalAfterItWasMade() {
		var made = new Plans.PlanState(1, LocalDate.of(2026, 8, 31), LocalDate.of(2026, 9, 21), 2, List.of(), null);
		// six months after 31 August is the last day of February
		assertThat(made.nextReviewDue(InitialAssessment.Settings.defaults())).isEqualTo(LocalDate.of(2027, 2, 28));
	}

}
