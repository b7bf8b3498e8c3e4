package org.openprobation.allocation;

/**
 * Why hours come off a practitioner's capacity. Sickness is also sickness absence, which
 * only the practitioner's managers see.
 */
public enum ReductionKind {

	LEAVE("Annual or other leave"), SICKNESS("Sickness absence"), TRAINING("Training"), TRAINEE("Trainee allowance"),
	NEWLY_QUALIFIED("Newly qualified allowance"), SPECIALIST_ROLE("Specialist role"), OTHER("Other");

	private final String label;

	ReductionKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** Health information: seen only by those who manage the member of staff. */
	public boolean sensitive() {
		return this == SICKNESS;
	}

}
