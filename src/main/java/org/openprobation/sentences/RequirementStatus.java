package org.openprobation.sentences;

/**
 * Where a requirement of an order stands (the database's check constraint lists the
 * same).
 */
public enum RequirementStatus {

	ACTIVE("Active"), COMPLETED("Completed"), TERMINATED("Terminated");

	private final String label;

	RequirementStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
