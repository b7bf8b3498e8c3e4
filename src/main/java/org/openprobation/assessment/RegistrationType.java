package org.openprobation.assessment;

import org.jspecify.annotations.Nullable;
import org.openprobation.assessment.domain.TierRule.ComplexityFactor;

/**
 * Registrations (flags) shown on every page of a case; some are the tier's complexity
 * factors.
 */
public enum RegistrationType {

	MAPPA("MAPPA", null, "red"), DOMESTIC_ABUSE_PERPETRATOR("Domestic abuse perpetrator", null, "red"),
	DOMESTIC_ABUSE_VICTIM("Domestic abuse victim", null, "orange"),
	CHILD_PROTECTION("Child protection", ComplexityFactor.CHILD_PROTECTION, "red"),
	CHILD_CONCERNS("Child concerns", ComplexityFactor.CHILD_CONCERNS, "orange"),
	RISK_TO_CHILDREN("Risk to children", ComplexityFactor.RISK_TO_CHILDREN, "red"),
	RISK_TO_STAFF("Risk to staff", null, "red"),
	MENTAL_HEALTH("Mental health issues", ComplexityFactor.MENTAL_HEALTH, "purple"),
	ATTEMPTED_SUICIDE_OR_SELF_HARM("Attempted suicide or self-harm", ComplexityFactor.ATTEMPTED_SUICIDE_OR_SELF_HARM,
			"purple"),
	VULNERABILITY("Vulnerability", ComplexityFactor.VULNERABILITY, "purple"),
	ADULT_AT_RISK("Adult at risk", ComplexityFactor.ADULT_AT_RISK, "orange"),
	STREET_GANGS("Street gangs", ComplexityFactor.STREET_GANGS, "orange"),
	TERRORISM("Terrorism or extremism (Prevent)", ComplexityFactor.TERRORISM, "red"),
	PUBLIC_INTEREST("Public interest", ComplexityFactor.PUBLIC_INTEREST, "grey"),
	IOM_NOMINAL("Integrated offender management nominal", null, "blue"),
	UNSUPERVISED("Unsupervised (last part of licence)", null, "grey");

	private final String label;

	private final @Nullable ComplexityFactor complexityFactor;

	private final String colour;

	RegistrationType(String label, @Nullable ComplexityFactor complexityFactor, String colour) {
		this.label = label;
		this.complexityFactor = complexityFactor;
		this.colour = colour;
	}

	public String label() {
		return label;
	}

	/** The tier complexity factor this registration is, if it is one. */
	public @Nullable ComplexityFactor complexityFactor() {
		return complexityFactor;
	}

	/**
	 * A child safeguarding or domestic abuse concern: the one classification the platform
	 * uses for it. It calls for both a children's social care check and a police domestic
	 * abuse call-out check ({@code assessment.md}, Safeguarding), and for home visits
	 * ({@code supervision.md}, Contact standards).
	 */
	public boolean childOrDomesticAbuseConcern() {
		return switch (this) {
			case CHILD_PROTECTION, CHILD_CONCERNS, RISK_TO_CHILDREN, DOMESTIC_ABUSE_PERPETRATOR,
					DOMESTIC_ABUSE_VICTIM ->
				true;
			default -> false;
		};
	}

	/**
	 * The person may be a risk to children: never placed on unpaid work with children
	 * ({@code supervision.md}, Unpaid work).
	 */
	public boolean riskToChildren() {
		return this == RISK_TO_CHILDREN || this == CHILD_PROTECTION;
	}

	/** The registrations that are a risk to children, for a query. */
	public static java.util.List<String> riskingChildren() {
		return java.util.Arrays.stream(values()).filter(RegistrationType::riskToChildren).map(Enum::name).toList();
	}

	/** The GOV.UK tag colour the flag bar uses. */
	public String colour() {
		return colour;
	}

}
