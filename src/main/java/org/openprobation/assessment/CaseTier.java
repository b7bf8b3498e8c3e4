package org.openprobation.assessment;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/**
 * A case's tier as calculated, with its points, OGRS3 2-year percentage, time and reason.
 */
public record CaseTier(String tier, int protectPoints, int changePoints, @Nullable Integer ogrsTwoYear,
		OffsetDateTime calculatedAt, String reason) {
}
