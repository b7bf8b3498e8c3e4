package org.openprobation.assessment.application;

import org.openprobation.assessment.Assessments;
import org.openprobation.people.PersonDetailsChanged;
import org.openprobation.sentences.SentenceEnded;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Recomputes a case's tier when one of its inputs held by another module changes, in the
 * same transaction as the change: a sentence ending (with its requirements), a
 * requirement added, varied or ended on its own, the date of the first sanction, and the
 * person's date of birth or gender (OGRS3 and the women's factors read them).
 */
@Component
class TierTriggers {

	private final Assessments assessments;

	TierTriggers(Assessments assessments) {
		this.assessments = assessments;
	}

	@EventListener
	void sentenceEnded(SentenceEnded ended) {
		assessments.recomputeTier(ended.personId(),
				"Sentence ended: " + ended.outcome().label().toLowerCase(java.util.Locale.ROOT));
	}

	@EventListener
	void requirementsChanged(org.openprobation.sentences.RequirementsChanged changed) {
		assessments.recomputeTier(changed.personId(), "Requirement changed: " + changed.reason());
	}

	@EventListener
	void sanctionHistoryChanged(org.openprobation.sentences.SanctionHistoryChanged changed) {
		assessments.recomputeTier(changed.personId(), "First sanction date recorded");
	}

	@EventListener
	void detailsChanged(PersonDetailsChanged changed) {
		if (changed.fields().contains("dateOfBirth") || changed.fields().contains("gender")) {
			assessments.recomputeTier(changed.personId(),
					"Personal details changed: " + String.join(", ",
							changed.fields()
								.stream()
								.filter(f -> f.equals("dateOfBirth") || f.equals("gender"))
								.map(f -> f.equals("dateOfBirth") ? "date of birth" : "gender")
								.toList()));
		}
	}

}
