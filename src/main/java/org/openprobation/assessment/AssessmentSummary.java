package org.openprobation.assessment;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.openprobation.assessment.domain.Ogrs3;

/**
 * Everything assessed about a case, as the case pages and the API show it, as at
 * {@code today}; {@code ogrsGap} says why OGRS3 is not calculated and what to record.
 */
public record AssessmentSummary(@Nullable RoshAssessment rosh, Ogrs3.@Nullable Score ogrs,
		org.openprobation.assessment.domain.@Nullable OgrsGap ogrsGap, @Nullable RsrScore rsr,
		@Nullable NeedsAssessment needs, List<Registration> registrations, @Nullable CaseTier tier,
		List<CaseTier> tierHistory, @Nullable WomenFactorsRecord womenFactors, java.time.LocalDate today) {

	public AssessmentSummary {
		registrations = List.copyOf(registrations);
		tierHistory = List.copyOf(tierHistory);
	}

	/** How many of the registrations are overdue their review today. */
	public long overdueRegistrationReviews() {
		return registrations.stream().filter(r -> r.reviewOverdueOn(today)).count();
	}

}
