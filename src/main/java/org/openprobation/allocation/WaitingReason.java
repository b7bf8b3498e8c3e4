package org.openprobation.allocation;

/** Why a case waits in a team's allocation queue. */
public enum WaitingReason {

	NEW_SENTENCE("New sentence"), RELEASE("Release from custody"), TRANSFER_IN("Transferred in");

	private final String label;

	WaitingReason(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
