package org.openprobation.sentences;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A requirement of an order with its progress. */
public record Requirement(long id, RequirementKind kind, @Nullable Integer amountOrdered, int amountDone,
		RequirementStatus status, LocalDate startDate, LocalDate endDate) {

	/**
	 * Share of the ordered amount done, 0 to 100; null when the requirement has no
	 * measure.
	 */
	public @Nullable Integer percentDone() {
		if (amountOrdered == null || amountOrdered == 0) {
			return null;
		}
		return (int) Math.min(100, Math.round(100.0 * amountDone / amountOrdered));
	}

	/** Whether the requirement is in force (not completed or ended). */
	public boolean active() {
		return status == RequirementStatus.ACTIVE;
	}

	public String progress() {
		if (amountOrdered == null) {
			return active() ? "In force" : "Complete";
		}
		return amountDone + " of " + amountOrdered + " " + kind.unit().label();
	}

}
