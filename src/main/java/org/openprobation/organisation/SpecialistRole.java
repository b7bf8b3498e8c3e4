package org.openprobation.organisation;

public enum SpecialistRole {

	IOM("Integrated offender management"), WOMENS_SPECIALIST("Women's specialist worker"),
	MENTAL_HEALTH("Mental health specialist"), YOUNG_ADULTS("Young adults specialist");

	private final String label;

	SpecialistRole(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
