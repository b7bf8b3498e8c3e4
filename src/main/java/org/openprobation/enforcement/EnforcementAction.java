package org.openprobation.enforcement;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A warning, breach or recall taken on one enforceable failure, with the dates of its
 * states.
 */
public record EnforcementAction(long id, long personId, long contactId, String kind, String state, String reasons,
		@Nullable String letter, LocalDate createdOn, String createdBy, @Nullable LocalDate countersignedOn,
		@Nullable String countersignedBy, @Nullable LocalDate submittedOn, @Nullable LocalDate returnedOn,
		@Nullable String returnedReason, int timesReturned, @Nullable LocalDate decidedOn, @Nullable String outcome,
		int version, @Nullable String decision, @Nullable LocalDate warrantIssuedOn, @Nullable String warrantDetail,
		@Nullable LocalDate warrantExecutedOn) {

	/** A warrant was issued and the person has not yet been arrested or surrendered. */
	public boolean warrantOutstanding() {
		return warrantIssuedOn != null && warrantExecutedOn == null;
	}

	/** The possible decisions for this breach or recall. */
	public java.util.List<Decision> decisions() {
		return Decision.forKind(kind);
	}

	public String kindLabel() {
		return switch (kind) {
			case "WARNING" -> "Warning";
			case "BREACH" -> "Breach";
			default -> "Recall request";
		};
	}

	public String stateLabel() {
		return switch (state) {
			case "ISSUED" -> "Issued";
			case "PROPOSED" -> "Proposed: awaiting countersignature";
			case "COUNTERSIGNED" -> "Countersigned: to submit";
			case "SUBMITTED" -> "Submitted";
			case "RETURNED" -> "Returned for correction";
			default -> "Decided";
		};
	}

}
