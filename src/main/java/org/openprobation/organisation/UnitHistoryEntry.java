package org.openprobation.organisation;

import java.time.Instant;
import java.time.LocalDate;

/** One change in a unit's life: opened, renamed, closed or reopened, from a date. */
public record UnitHistoryEntry(String change, String name, LocalDate effectiveOn, Instant changedAt, String changedBy) {
}
