package org.openprobation.demo;

import org.openprobation.sentences.OffenceCategory;

/**
 * Offences the generator draws from, weighted roughly as they appear on probation
 * caseloads.
 */
final class OffenceCatalogue {

	private OffenceCatalogue() {
	}

	record OffenceSpec(String code, String description, OffenceCategory category) {
	}

	static final Weighted<OffenceSpec> OFFENCES = new Weighted<OffenceSpec>()
		.add(10, o("10501", "Common assault", OffenceCategory.VIOLENCE))
		.add(6, o("00801", "Assault occasioning actual bodily harm", OffenceCategory.VIOLENCE))
		.add(2, o("00500", "Wounding or inflicting grievous bodily harm", OffenceCategory.VIOLENCE))
		.add(2, o("10400", "Assault on an emergency worker", OffenceCategory.VIOLENCE))
		.add(3, o("03401", "Robbery of personal property", OffenceCategory.ROBBERY))
		.add(3, o("06600", "Harassment", OffenceCategory.PUBLIC_ORDER))
		.add(3, o("19501", "Threatening behaviour", OffenceCategory.PUBLIC_ORDER))
		.add(2, o("12500", "Breach of a restraining order", OffenceCategory.PUBLIC_ORDER))
		.add(0.5, o("01900", "Sexual assault on a person aged 13 or over", OffenceCategory.SEXUAL_NOT_CHILD))
		.add(0.3, o("02200", "Sexual activity with a child", OffenceCategory.SEXUAL_CHILD))
		.add(0.5, o("08600", "Possession of indecent photographs of children", OffenceCategory.SEXUAL_CHILD))
		.add(0.3, o("09900", "Soliciting for prostitution", OffenceCategory.SOLICITING_PROSTITUTION))
		.add(3, o("02800", "Burglary in a dwelling", OffenceCategory.BURGLARY_DOMESTIC))
		.add(1.5, o("03000", "Burglary in a building other than a dwelling", OffenceCategory.BURGLARY_OTHER))
		.add(9, o("04600", "Theft from a shop", OffenceCategory.THEFT_NON_MOTOR))
		.add(2, o("04900", "Theft from the person", OffenceCategory.THEFT_NON_MOTOR))
		.add(2, o("04700", "Other theft", OffenceCategory.THEFT_NON_MOTOR))
		.add(1.5, o("05400", "Handling stolen goods", OffenceCategory.HANDLING_STOLEN_GOODS))
		.add(2.5, o("05300", "Fraud by false representation", OffenceCategory.FRAUD_FORGERY))
		.add(0.5, o("06100", "Possession of articles for use in fraud", OffenceCategory.FRAUD_FORGERY))
		.add(1.5, o("08100", "Failing to surrender to bail", OffenceCategory.ABSCONDING_BAIL))
		.add(1, o("04800", "Aggravated vehicle taking", OffenceCategory.TAKING_DRIVING_AWAY))
		.add(1, o("04810", "Taking a motor vehicle without consent", OffenceCategory.TAKING_DRIVING_AWAY))
		.add(1.5, o("04500", "Theft from a motor vehicle", OffenceCategory.THEFT_FROM_VEHICLES))
		.add(3, o("80300", "Driving while disqualified", OffenceCategory.OTHER_MOTORING))
		.add(1, o("80400", "Dangerous driving", OffenceCategory.OTHER_MOTORING))
		.add(1, o("81200", "Driving without insurance", OffenceCategory.OTHER_MOTORING))
		.add(4, o("80500", "Driving with excess alcohol", OffenceCategory.DRINK_DRIVING))
		.add(3, o("05800", "Criminal damage", OffenceCategory.CRIMINAL_DAMAGE))
		.add(0.3, o("05600", "Arson", OffenceCategory.CRIMINAL_DAMAGE))
		.add(0.8,
				o("09200", "Production of a controlled drug (cannabis cultivation)",
						OffenceCategory.DRUG_IMPORT_EXPORT_PRODUCTION))
		.add(3, o("09201", "Possession of a controlled drug with intent to supply",
				OffenceCategory.DRUG_POSSESSION_SUPPLY))
		.add(3, o("09210", "Possession of a controlled drug", OffenceCategory.DRUG_POSSESSION_SUPPLY))
		.add(2.5, o("08300", "Possession of an offensive weapon", OffenceCategory.OTHER))
		.add(2.5, o("08310", "Possession of a bladed article in a public place", OffenceCategory.OTHER))
		.add(0.5, o("03900", "Breach of a criminal behaviour order", OffenceCategory.OTHER));

	private static OffenceSpec o(String code, String description, OffenceCategory category) {
		return new OffenceSpec(code, description, category);
	}

}
