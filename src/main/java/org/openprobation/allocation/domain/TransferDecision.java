package org.openprobation.allocation.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * The NPS's answer to a request ({@code assessment.md}, Allocation: accept or reject with
 * reasons, within 5 working days); acceptance transfers the case record the same day.
 */
public enum TransferDecision {

	ACCEPTED("Accepted", "Accepted: transfer the case today", "green"),
	REJECTED("Rejected", "Rejected: the case stays here", "grey");

	private final String label;

	private final String choice;

	private final String colour;

	TransferDecision(String label, String choice, String colour) {
		this.label = label;
		this.choice = choice;
		this.colour = colour;
	}

	public String label() {
		return label;
	}

	/** The words of the radio button that records it. */
	public String choice() {
		return choice;
	}

	/** The GOV.UK tag colour. */
	public String colour() {
		return colour;
	}

	public boolean transfers() {
		return this == ACCEPTED;
	}

	public static Optional<TransferDecision> parse(@org.jspecify.annotations.Nullable String typed) {
		return Arrays.stream(values()).filter(d -> d.name().equals(typed)).findFirst();
	}

}
