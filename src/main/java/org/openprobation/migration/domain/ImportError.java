package org.openprobation.migration.domain;

import org.jspecify.annotations.Nullable;

/**
 * One thing wrong with an import set: the file, the row (its line, counting the header as
 * line 1; empty for the file or the set as a whole), the column where there is one, and
 * what is wrong in words an administrator can act on.
 */
public record ImportError(String file, @Nullable Long line, @Nullable String column, String message) {

	/** About the set as a whole (its manifest, its provider). */
	public static ImportError ofSet(String file, String message) {
		return new ImportError(file, null, null, message);
	}

}
