package org.openprobation.assessment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.openprobation.assessment.domain.TierRule;

/** Loads many assessments and registrations at once (the demo generator), by COPY. */
public interface AssessmentBulkLoad {

	void load(Batch batch);

	void finish();

	record Batch(List<Rosh> rosh, List<Needs> needs, List<Rsr> rsr, List<Flag> registrations) {
	}

	record Rosh(long personId, LocalDate assessedOn, TierRule.RoshLevel children, TierRule.RoshLevel publicAtLarge,
			TierRule.RoshLevel knownAdult, TierRule.RoshLevel staff, TierRule.RoshLevel prisoners, String whoIsAtRisk,
			String natureOfHarm, String imminence, String increasesRisk, String reducesRisk, String riskManagementPlan,
			String author) {
	}

	record Needs(long id, long personId, LocalDate assessedOn, String author,
			List<NeedsAssessment.AssessedNeed> needs) {
	}

	record Rsr(long personId, BigDecimal percent, LocalDate scoredOn, String source) {
	}

	record Flag(long personId, RegistrationType type, @Nullable Integer mappaCategory, @Nullable Integer mappaLevel,
			LocalDate startDate, LocalDate nextReviewDate, String addedBy) {
	}

}
