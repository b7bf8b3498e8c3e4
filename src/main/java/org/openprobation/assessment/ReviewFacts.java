package org.openprobation.assessment;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.openprobation.assessment.domain.ReviewTriggers;

/**
 * What decides a case's assessment and plan reviews besides the assessments themselves:
 * when each kind of trigger last happened, and when needs were last assessed.
 */
public record ReviewFacts(ReviewTriggers.Events events, @Nullable LocalDate needsAssessedOn) {
}
