package org.openprobation.access;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/** One read or change of a person's record (or another audited action). */
public record AuditEvent(long id, OffsetDateTime at, String username, String action, @Nullable String crn,
		String detail) {
}
