package org.openprobation.contacts;

/** What happened at a contact. */
public enum Outcome {

	ATTENDED_COMPLIED("Attended and complied"), ATTENDED_FAILED_TO_COMPLY("Attended but failed to comply"),
	FAILED_TO_ATTEND_ACCEPTABLE("Failed to attend: acceptable"),
	FAILED_TO_ATTEND_UNACCEPTABLE("Failed to attend: unacceptable"), RESCHEDULED("Rescheduled"),
	CANCELLED_BY_SERVICE("Cancelled by the service");

	private final String label;

	Outcome(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public boolean attended() {
		return this == ATTENDED_COMPLIED || this == ATTENDED_FAILED_TO_COMPLY;
	}

	/** The outcomes in which the person attended, for a query. */
	public static java.util.List<String> attendedNames() {
		return java.util.Arrays.stream(values()).filter(Outcome::attended).map(Enum::name).toList();
	}

	/** An unacceptable absence or a failure to comply is an enforceable failure. */
	public boolean enforceable() {
		return this == ATTENDED_FAILED_TO_COMPLY || this == FAILED_TO_ATTEND_UNACCEPTABLE;
	}

	/** An acceptable absence needs the reason and the evidence. */
	public boolean needsReasonAndEvidence() {
		return this == FAILED_TO_ATTEND_ACCEPTABLE;
	}

	/** The booking no longer holds the person's or the officer's time. */
	public boolean freesTheSlot() {
		return this == RESCHEDULED || this == CANCELLED_BY_SERVICE;
	}

}
