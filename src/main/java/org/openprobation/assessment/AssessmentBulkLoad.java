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

	/**
	 * Countersigns a share (per cent) of the latest high and very high RoSH assessments,
	 * chosen by their ids so it is the same every time, dated a few days after each
	 * (never after {@code asOf}); answers whose.
	 */
	List<Long> countersignShare(int percent, String by, LocalDate asOf);

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
