package org.openprobation.assessment;

import java.time.LocalDate;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.openprobation.assessment.domain.InitialAssessment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One home for each classification of registrations and for the initial assessment's
 * deadline ({@code assessment.md}, Safeguarding and Timeliness; {@code supervision.md},
 * Contact standards and Unpaid work).
 */
class RegistrationClassifierTest {

	private static final InitialAssessment.Settings DEFAULTS = InitialAssessment.Settings.defaults();

	@Test
	void childOrDomesticAbuseConcernsAreTheFiveChildAndDomesticAbuseRegistrations() {
		assertThat(Arrays.stream(RegistrationType.values()).filter(RegistrationType::childOrDomesticAbuseConcern))
			.containsExactlyInAnyOrder(RegistrationType.CHILD_PROTECTION, RegistrationType.CHILD_CONCERNS,
					RegistrationType.RISK_TO_CHILDREN, RegistrationType.DOMESTIC_ABUSE_PERPETRATOR,
					RegistrationType.DOMESTIC_ABUSE_VICTIM);
	}

	@Test
	void aRiskToChildrenIsAlsoAChildConcernButNotEveryConcernIsARisk() {
		assertThat(RegistrationType.riskingChildren()).containsExactlyInAnyOrder("RISK_TO_CHILDREN",
				"CHILD_PROTECTION");
		Arrays.stream(RegistrationType.values())
			.filter(RegistrationType::riskToChildren)
			.forEach(t -> assertThat(t.childOrDomesticAbuseConcern()).as(t.name()).isTrue());
		assertThat(RegistrationType.DOMESTIC_ABUSE_VICTIM.riskToChildren()).isFalse();
	}

	@Test
	void theInitialAssessmentIsDueFifteenWorkingDaysAfterAllocation() {
		// allocated on Monday 2 November 2026: 15 working days is Monday 23 November
		LocalDate allocated = LocalDate.of(2026, 11, 2);
		assertThat(InitialAssessment.dueBy(allocated, DEFAULTS)).isEqualTo(LocalDate.of(2026, 11, 23));
		assertThat(InitialAssessment.inTime(allocated, LocalDate.of(2026, 11, 23), DEFAULTS)).isTrue();
		assertThat(InitialAssessment.inTime(allocated, LocalDate.of(2026, 11, 24), DEFAULTS)).isFalse();
		assertThat(InitialAssessment.lateOn(allocated, LocalDate.of(2026, 11, 24), DEFAULTS)).isTrue();
	}

	@Test
	void bankHolidaysAreNotWorkingDays() {
		// allocated on Friday 11 December 2026: nine working days to Christmas Eve;
		// Christmas
		// Day, Boxing Day (substitute Monday 28th) and New Year's Day do not count, so
		// the
		// 15th working day is Wednesday 6 January 2027
		assertThat(InitialAssessment.dueBy(LocalDate.of(2026, 12, 11), DEFAULTS)).isEqualTo(LocalDate.of(2027, 1, 6));
	}

	@Test
	void aCustodyCasesInitialAssessmentIsDueBeforeRelease() {
		// assessment.md: "custody cases: before release", however far off the release is
		LocalDate allocated = LocalDate.of(2026, 11, 2);
		assertThat(InitialAssessment.dueBy(allocated, LocalDate.of(2027, 3, 1), DEFAULTS))
			.isEqualTo(LocalDate.of(2027, 2, 28));
		assertThat(InitialAssessment.dueBy(allocated, LocalDate.of(2026, 11, 10), DEFAULTS))
			.isEqualTo(LocalDate.of(2026, 11, 9));
		// released the day it was allocated: due at once, never before allocation
		assertThat(InitialAssessment.dueBy(allocated, allocated, DEFAULTS)).isEqualTo(allocated);
		// in the community: the working days of allocation
		assertThat(InitialAssessment.dueBy(allocated, null, DEFAULTS)).isEqualTo(LocalDate.of(2026, 11, 23));
	}

}
