package org.openprobation.assessment;

import org.openprobation.people.PersonRecord;

/** A case with its assessment, for a page that records part of it. */
public record AssessedCase(PersonRecord person, AssessmentSummary assessment) {
}
