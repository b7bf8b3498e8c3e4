package org.openprobation.sentences;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What risk scoring needs from a person's sentences: the current conviction and main
 * offence, the start of follow-up, the sanctions before it, and what is being served now.
 */
public record ScoringFacts(long personId, @Nullable LocalDate convictionDate, @Nullable OffenceCategory mainOffence,
		@Nullable LocalDate riskDate, int previousSanctions, @Nullable LocalDate firstSanctionDate,
		List<CurrentOrder> currentOrders) {

	public ScoringFacts {
		currentOrders = List.copyOf(currentOrders);
	}

	/** An active sentence and the kinds of its active requirements. */
	public record CurrentOrder(SentenceKind kind, Set<RequirementKind> requirements) {

		public CurrentOrder {
			requirements = Set.copyOf(requirements);
		}

	}

}
