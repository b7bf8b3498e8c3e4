package org.openprobation.access;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** What the audit page is narrowed to; every part is optional. */
public record AuditFilter(@Nullable String username, @Nullable String crn, @Nullable String action,
		@Nullable LocalDate from, @Nullable LocalDate to) {

	/** The filter in words, for the audit row that records a read of the trail. */
	public String describe() {
		java.util.List<String> parts = new java.util.ArrayList<>();
		if (username != null && !username.isBlank()) {
			parts.add("user " + username);
		}
		if (crn != null && !crn.isBlank()) {
			parts.add("CRN " + crn);
		}
		if (action != null && !action.isBlank()) {
			parts.add("action " + action);
		}
		if (from != null) {
			parts.add("from " + from);
		}
		if (to != null) {
			parts.add("to " + to);
		}
		return parts.isEmpty() ? "the whole trail" : String.join(", ", parts);
	}

	public static AuditFilter none() {
		return new AuditFilter(null, null, null, null, null);
	}

}
