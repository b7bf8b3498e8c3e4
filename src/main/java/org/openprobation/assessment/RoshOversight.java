package org.openprobation.assessment;

import org.openprobation.assessment.domain.Countersigning;

/**
 * A case's latest RoSH assessment under management oversight: its level, who wrote it,
 * and whether a manager has countersigned it, returned it, or is still to.
 */
public record RoshOversight(long personId, RoshOverall rosh, String author, Countersigning.State state) {

	public boolean highOrVeryHigh() {
		return rosh.overall().ordinal() >= org.openprobation.assessment.domain.TierRule.RoshLevel.HIGH.ordinal();
	}

}
