package org.openprobation.sentences;

/** Offence categories of OGRS3 (see {@code assessment.md}); every offence carries one. */
public enum OffenceCategory {

	VIOLENCE("Violence"), ROBBERY("Robbery"), PUBLIC_ORDER("Public order, harassment"),
	SEXUAL_NOT_CHILD("Sexual, not against a child"), SEXUAL_CHILD("Sexual, against a child"),
	SOLICITING_PROSTITUTION("Soliciting, prostitution"), BURGLARY_DOMESTIC("Burglary, domestic"),
	BURGLARY_OTHER("Burglary, other"), THEFT_NON_MOTOR("Theft, non-motor"),
	HANDLING_STOLEN_GOODS("Handling stolen goods"), FRAUD_FORGERY("Fraud and forgery"),
	ABSCONDING_BAIL("Absconding, bail offences"), TAKING_DRIVING_AWAY("Taking and driving away and related"),
	THEFT_FROM_VEHICLES("Theft from vehicles"), OTHER_MOTORING("Other motoring"),
	DRINK_DRIVING("Drink driving and related"), CRIMINAL_DAMAGE("Criminal damage"),
	DRUG_IMPORT_EXPORT_PRODUCTION("Drug import, export, production"), DRUG_POSSESSION_SUPPLY("Drug possession, supply"),
	OTHER("Other");

	private final String label;

	OffenceCategory(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
