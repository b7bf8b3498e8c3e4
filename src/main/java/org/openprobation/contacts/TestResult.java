package org.openprobation.contacts;

/** The result of a drug test (the database's check constraint lists the same). */
public enum TestResult {

	NEGATIVE("Negative"), POSITIVE("Positive"), NOT_PROVIDED("Sample not given (refused or could not)");

	private final String label;

	TestResult(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
