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

	/**
	 * Whether everything ordered has been delivered (never, for one without an amount).
	 */
	public boolean delivered(Delivery delivery) {
		return amountOrdered != null && doneWith(delivery.amount()) >= amountOrdered;
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
		return progress(Delivery.of(delivered));
	}

	/**
	 * Progress in the requirement's own measure: "12 of 20 days" for one with an amount;
	 * for drug rehabilitation its tests by result and its court reviews; for treatment
	 * the appointments attended; otherwise whether it is in force.
	 */
	public String progress(Delivery delivery) {
		if (amountOrdered != null) {
			return doneWith(delivery.amount()) + " of " + amountOrdered + " " + kind.unit().label();
		}
		String state = active() ? "In force" : status.label();
		return switch (kind) {
			case DRUG_REHABILITATION -> state + ": " + count(delivery.tests(), "drug test")
					+ (delivery.tests() == 0 ? ""
							: " (" + delivery.testsNegative() + " negative, " + delivery.testsPositive() + " positive, "
									+ delivery.testsNotProvided() + " not given)")
					+ "; " + count(delivery.reviewsAttended(), "court review") + " attended"
					+ (active() && delivery.nextReview() != null
							? "; next review " + delivery.nextReview()
								.format(java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.UK))
							: "");
			case ALCOHOL_TREATMENT, MENTAL_HEALTH_TREATMENT ->
				state + ": " + count(delivery.appointmentsAttended(), "treatment appointment") + " attended";
			default -> state;
		};
	}

	private static String count(int n, String what) {
		return n + " " + what + (n == 1 ? "" : "s");
	}

	/** Share of the ordered amount done with what the record shows delivered. */
	public @Nullable Integer percentDone(Delivery delivery) {
		return percentDone(delivery.amount());
	}

	/** Share of the ordered amount done with what the record shows delivered. */
	public @Nullable Integer percentDone(int delivered) {
		if (amountOrdered == null || amountOrdered == 0) {
			return null;
		}
		return (int) Math.min(100, Math.round(100.0 * doneWith(delivered) / amountOrdered));
	}

}
