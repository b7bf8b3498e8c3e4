package org.openprobation.inspection;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * An inspection (by the Inspectorate) or a self-inspection (by the provider's quality
 * team): how its sample was drawn, so that the same seed draws it again.
 */
public record Inspection(long id, long providerId, String kind, String framework, String method, String title,
		LocalDate fieldworkOn, LocalDate windowFrom, LocalDate windowTo, BigDecimal confidence, BigDecimal margin,
		int population, int computedSize, int requestedSize, @Nullable String sizeReason, int bufferPercent,
		int minimumWomen, int minimumMinority, long seed, int shortBy, int excludedUnallocated, String createdBy,
		Instant createdAt) {

	public boolean selfInspection() {
		return "SELF".equals(kind);
	}

	public String kindLabel() {
		return selfInspection() ? "Self-inspection" : "Inspection";
	}

}
