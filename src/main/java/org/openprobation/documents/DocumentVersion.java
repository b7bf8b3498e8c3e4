package org.openprobation.documents;

import java.time.Instant;

import org.openprobation.documents.domain.FileType;

/** One version of a document: the file as uploaded or written, without its bytes. */
public record DocumentVersion(long id, long documentId, int version, String fileName, String mediaType, long sizeBytes,
		String sha256, String uploadedBy, Instant uploadedAt) {

	/** "PDF", "Word document"... */
	public String typeLabel() {
		return FileType.ofMediaType(mediaType).map(FileType::label).orElse(mediaType);
	}

	/** The size as a person reads it: 840 KB, 2.4 MB. */
	public String sizeLabel() {
		if (sizeBytes < 1024) {
			return sizeBytes + " bytes";
		}
		if (sizeBytes < 1024 * 1024) {
			return Math.max(1, Math.round(sizeBytes / 1024.0)) + " KB";
		}
		return String.format(java.util.Locale.UK, "%.1f MB", sizeBytes / (1024.0 * 1024.0));
	}

}
