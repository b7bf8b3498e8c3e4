package org.openprobation.sentences;

/**
 * A sentence ended (completed, revoked, terminated...), with its active requirements:
 * published in the transaction that ends it, so what depends on the current sentences
 * (the tier) is brought up to date in the same transaction.
 */
public record SentenceEnded(long personId, long sentenceId, SentenceStatus outcome) {
}
