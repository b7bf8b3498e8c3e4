package org.openprobation.assessment;

import java.time.LocalDate;
import java.util.List;

import org.openprobation.assessment.domain.TierRule.Need;
import org.openprobation.assessment.domain.TierRule.NeedSeverity;

/**
 * The ten criminogenic needs as assessed, each with whether it is linked to offending and
 * to harm.
 */
public record NeedsAssessment(long id, LocalDate assessedOn, String author, List<AssessedNeed> needs) {

	public NeedsAssessment {
		needs = List.copyOf(needs);
	}

	public record AssessedNeed(Need need, NeedSeverity severity, boolean linkedToOffending, boolean linkedToHarm) {

		/** The need in words, for other modules' pages. */
		public String needName() {
			String words = need.name().replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
			return Character.toUpperCase(words.charAt(0)) + words.substring(1);
		}

	}

	/** The needs assessed as linked to offending, in words. */
	public List<String> linkedToOffending() {
		return needs.stream().filter(AssessedNeed::linkedToOffending).map(AssessedNeed::needName).toList();
	}

}
