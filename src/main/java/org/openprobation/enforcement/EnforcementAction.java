package org.openprobation.enforcement;

import org.openprobation.enforcement.domain.ActionKind;
import org.openprobation.enforcement.domain.ActionState;
import org.openprobation.enforcement.domain.EnforcementWorkflow;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A warning, breach or recall taken on one enforceable failure, with the dates of its
 * states.
 */
public record EnforcementAction(long id, long personId, long contactId, ActionKind kind, ActionState state,
		String reasons, @Nullable String letter, LocalDate createdOn, String createdBy,
		@Nullable LocalDate countersignedOn, @Nullable String countersignedBy, @Nullable LocalDate submittedOn,
		@Nullable LocalDate returnedOn, @Nullable String returnedReason, int timesReturned,
		@Nullable LocalDate decidedOn, @Nullable String outcome, int version, @Nullable String decision,
		@Nullable LocalDate warrantIssuedOn, @Nullable String warrantDetail, @Nullable LocalDate warrantExecutedOn,
		@Nullable SentBack sentBack) {

	/**
	 * The last time a manager sent the proposal back to be corrected, and how often they
	 * have.
	 */
	public record SentBack(LocalDate on, String by, String reason, int times) {
	}

	/** A warrant was issued and the person has not yet been arrested or surrendered. */
	public boolean warrantOutstanding() {
		return warrantIssuedOn != null && warrantExecutedOn == null;
	}

	/** The decision recorded on it, if any. */
	public @Nullable Decision decided() {
		return decision == null ? null : Decision.valueOf(decision);
	}

	/** The possible decisions for this breach or recall. */
	public java.util.List<Decision> decisions() {
		return Decision.forKind(kind);
	}

	public String kindLabel() {
		return kind.label();
	}

	public String stateLabel() {
		return state.label();
	}

	/** Where it stands, for the workflow. */
	public EnforcementWorkflow.Standing standing() {
		return new EnforcementWorkflow.Standing(kind, state, warrantOutstanding());
	}

}
