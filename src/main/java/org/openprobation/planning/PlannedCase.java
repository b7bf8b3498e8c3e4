package org.openprobation.planning;

import org.openprobation.access.AccessDecision;
import org.openprobation.access.CheckedCase;
import org.openprobation.assessment.AssessmentSummary;
import org.openprobation.people.PersonRecord;

/**
 * A case with its assessment and sentence plan, for the plan's pages: opened through the
 * gate, with whether the user may change it and whether they oversee it as its manager.
 */
public record PlannedCase(CheckedCase checked, PersonRecord person, AssessmentSummary assessment, SentencePlan plan,
		AccessDecision change, AccessDecision oversee) {
}
