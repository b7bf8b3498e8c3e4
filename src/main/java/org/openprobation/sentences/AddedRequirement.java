package org.openprobation.sentences;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A requirement the court adds to an order in force: on a breach ("more onerous
 * requirements") or on an application to amend the order. The amount is for a kind that
 * has one.
 */
public record AddedRequirement(@Nullable RequirementKind kind, @Nullable Integer amount, @Nullable LocalDate start,
		@Nullable LocalDate end, @Nullable String reason) {
}
