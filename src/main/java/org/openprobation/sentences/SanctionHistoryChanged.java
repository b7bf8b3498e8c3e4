package org.openprobation.sentences;

/**
 * A person's criminal history before the current conviction changed (the date of the
 * first sanction recorded): published in the transaction that changes it, so scores read
 * from it (OGRS3, the tier) are brought up to date in it.
 */
public record SanctionHistoryChanged(long personId) {
}
