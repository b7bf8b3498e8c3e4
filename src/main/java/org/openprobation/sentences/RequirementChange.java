package org.openprobation.sentences;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One change to a requirement, as recorded: added to the order (on a breach when
 * {@code breachActionId} is set), completed, terminated or varied, with the amounts and
 * end dates before and after.
 */
public record RequirementChange(long requirementId, Kind change, LocalDate changedOn, @Nullable String reason,
		@Nullable Integer amountBefore, @Nullable Integer amountAfter, @Nullable LocalDate endBefore,
		@Nullable LocalDate endAfter, @Nullable Long breachActionId, String recordedBy, Instant recordedAt) {

	public enum Kind {

		ADDED("Added to the order"), COMPLETED("Completed"), TERMINATED("Terminated by the court"),
		VARIED("Varied by the court");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

		/** What happens to a requirement in force (it was added before). */
		public static java.util.List<Kind> toAnActiveRequirement() {
			return java.util.List.of(COMPLETED, TERMINATED, VARIED);
		}

	}

	/** What happened, and on a breach when it was added on one. */
	public String label() {
		return change == Kind.ADDED && breachActionId != null ? "Added to the order on breach" : change.label();
	}

}
