package org.openprobation.shell;

import org.jspecify.annotations.Nullable;
import org.openprobation.assessment.AssessmentSummary;
import org.openprobation.enforcement.Enforcement;
import org.openprobation.people.PersonSummary;

/**
 * What every page about a case shows at its top: who, the tier, the risk of serious harm,
 * the registrations (flags) with overdue reviews, and an outstanding warrant.
 */
public record CaseHeader(PersonSummary person, AssessmentSummary assessment, Enforcement.@Nullable Warrant warrant) {
}
