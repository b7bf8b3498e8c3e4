package org.openprobation.sentences;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A requirement of an order with its progress. {@code amountDone} is what was delivered
 * before the platform's record of it (carried over from another system, say); what the
 * record shows delivered since (RAR days and programme sessions attended, unpaid work
 * hours credited) is added to it wherever progress is shown, so every page gives the same
 * figure ({@link #doneWith}).
 */
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
		return progress(0);
	}

	/**
	 * The amount done: carried over, plus what the record shows delivered, never beyond
	 * the order.
	 */
	public int doneWith(int delivered) {
		int done = amountDone + Math.max(0, delivered);
		return amountOrdered == null ? done : Math.min(amountOrdered, done);
	}

	/** "12 of 20 days", with what the record shows delivered. */
	public String progress(int delivered) {
		if (amountOrdered == null) {
			return active() ? "In force" : "Complete";
		}
		return doneWith(delivered) + " of " + amountOrdered + " " + kind.unit().label();
	}

	/** Share of the ordered amount done with what the record shows delivered. */
	public @Nullable Integer percentDone(int delivered) {
		if (amountOrdered == null || amountOrdered == 0) {
			return null;
		}
		return (int) Math.min(100, Math.round(100.0 * doneWith(delivered) / amountOrdered));
	}

}
