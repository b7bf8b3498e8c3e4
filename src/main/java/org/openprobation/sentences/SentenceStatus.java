package org.openprobation.sentences;

public enum SentenceStatus {

	ACTIVE("Active"), COMPLETED("Completed"), TERMINATED_EARLY("Terminated early for good progress"),
	REVOKED("Revoked or resentenced after breach"), RECALLED("Recalled");

	private final String label;

	SentenceStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
