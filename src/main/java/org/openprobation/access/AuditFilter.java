package org.openprobation.access;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** What the audit page is narrowed to; every part is optional. */
public record AuditFilter(@Nullable String username, @Nullable String crn, @Nullable String action,
		@Nullable LocalDate from, @Nullable LocalDate to) {

	public static AuditFilter none() {
		return new AuditFilter(null, null, null, null, null);
	}

}
