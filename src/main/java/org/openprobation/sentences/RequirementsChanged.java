package org.openprobation.sentences;

/**
 * A requirement of one of the person's orders was added, varied or ended: published so
 * that what depends on the requirements (the tier) follows, in the same transaction.
 */
public record RequirementsChanged(long personId, String reason) {
}
