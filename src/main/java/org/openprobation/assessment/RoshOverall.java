package org.openprobation.assessment;

import java.time.LocalDate;

import org.openprobation.assessment.domain.TierRule.RoshLevel;

/**
 * A case's latest risk of serious harm assessment as lists of cases use it: when it was
 * made and its overall level, without its free text.
 */
public record RoshOverall(long id, LocalDate assessedOn, RoshLevel overall) {

}
