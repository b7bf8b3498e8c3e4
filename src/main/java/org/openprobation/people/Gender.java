package org.openprobation.people;

public enum Gender {

	MALE("Male"), FEMALE("Female"), OTHER("Other"), NOT_KNOWN("Not known");

	private final String label;

	Gender(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
