package org.openprobation.documents;

import java.time.Instant;
import java.util.List;

/**
 * A document on a case with its latest version, and its earlier versions when they were
 * asked for (newest first).
 */
public record CaseDocument(long id, long personId, DocumentKind kind, String title, boolean generated, String createdBy,
		Instant createdAt, DocumentVersion latest, List<DocumentVersion> versions) {

	public CaseDocument {
		versions = List.copyOf(versions);
	}

	public CaseDocument withVersions(List<DocumentVersion> all) {
		return new CaseDocument(id, personId, kind, title, generated, createdBy, createdAt, latest, all);
	}

}
