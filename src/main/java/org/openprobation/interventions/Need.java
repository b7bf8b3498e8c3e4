package org.openprobation.interventions;

/** What an intervention addresses. */
public enum Need {

	ACCOMMODATION("Accommodation"), EDUCATION_TRAINING_EMPLOYMENT("Education, training and employment"),
	FINANCE("Finance"), RELATIONSHIPS("Relationships"), LIFESTYLE("Lifestyle"), DRUGS("Drugs"), ALCOHOL("Alcohol"),
	THINKING_AND_BEHAVIOUR("Thinking and behaviour"), ATTITUDES("Attitudes"),
	EMOTIONAL_WELLBEING("Emotional wellbeing"), WOMENS_SERVICES("Women's services"), DOMESTIC_ABUSE("Domestic abuse");

	private final String label;

	Need(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
