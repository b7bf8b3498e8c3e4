package org.openprobation.enforcement.domain;

/** What was taken on an enforceable failure: a warning, a breach or a recall request. */
public enum ActionKind {

	WARNING("Warning"), BREACH("Breach"), RECALL("Recall request");

	private final String label;

	ActionKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** A breach or recall goes through the workflow; a warning is issued and done. */
	public boolean goesToCourtOrRecall() {
		return this != WARNING;
	}

}
