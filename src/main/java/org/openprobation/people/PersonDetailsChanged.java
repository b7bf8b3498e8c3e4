package org.openprobation.people;

import java.util.List;

/**
 * A person's details changed (the fields named as the record's change history names them:
 * {@code dateOfBirth}, {@code gender}...): published in the transaction that changes
 * them, so scores read from them are brought up to date in it.
 */
public record PersonDetailsChanged(long personId, List<String> fields) {
}
