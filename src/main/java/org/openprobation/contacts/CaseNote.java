package org.openprobation.contacts;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A note on a case, as the reader may see it: a sensitive note the reader may not read
 * keeps its place, author and time, without its text ({@link #withheld()}).
 */
public record CaseNote(long id, long personId, @Nullable Long contactId, NoteType type, @Nullable String text,
		boolean sensitive, String writtenBy, Instant writtenAt, @Nullable String editedBy, @Nullable Instant editedAt,
		int version, int earlierVersions) {

	public boolean withheld() {
		return text == null;
	}

	public boolean edited() {
		return editedAt != null;
	}

}
