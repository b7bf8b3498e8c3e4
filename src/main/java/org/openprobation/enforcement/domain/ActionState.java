package org.openprobation.enforcement.domain;

/**
 * Where a warning, breach or recall stands ({@code supervision.md}, Enforcement:
 * proposed, countersigned, submitted, returned for correction, decided). A manager may
 * send a proposal back to its officer instead of countersigning it. A warning is issued
 * and has no further state.
 */
public enum ActionState {

	ISSUED("Issued"), PROPOSED("Proposed: awaiting countersignature"),
	SENT_BACK("Sent back by the manager: to correct"), COUNTERSIGNED("Countersigned: to submit"),
	SUBMITTED("Submitted"), RETURNED("Returned for correction"), DECIDED("Decided");

	private final String label;

	ActionState(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** The words for a sentence: "the action is returned for correction". */
	public String lowerCaseLabel() {
		return label.toLowerCase(java.util.Locale.ROOT);
	}

}
