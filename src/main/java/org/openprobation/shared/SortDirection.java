package org.openprobation.shared;

import java.util.Locale;

public enum SortDirection {

	ASCENDING, DESCENDING;

	/** Reads {@code asc} or {@code desc}; anything else is ascending. */
	public static SortDirection parse(String typed) {
		return (typed != null && typed.strip().toLowerCase(Locale.ROOT).startsWith("desc")) ? DESCENDING : ASCENDING;
	}

	public String sql() {
		return this == ASCENDING ? "ASC" : "DESC";
	}

	public String param() {
		return this == ASCENDING ? "asc" : "desc";
	}

	public SortDirection reversed() {
		return this == ASCENDING ? DESCENDING : ASCENDING;
	}

}
