package org.openprobation.documents;

/** A version's bytes, to download. */
public record DocumentFile(DocumentVersion version, byte[] bytes) {
}
