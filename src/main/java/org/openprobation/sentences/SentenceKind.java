package org.openprobation.sentences;

public enum SentenceKind {

	COMMUNITY_ORDER("Community order", false), SUSPENDED_SENTENCE_ORDER("Suspended sentence order", false),
	LICENCE("Licence", true), POST_SENTENCE_SUPERVISION("Post-sentence supervision", true),
	PRE_RELEASE("Pre-release (custody)", true);

	private final String label;

	private final boolean custodial;

	SentenceKind(String label, boolean custodial) {
		this.label = label;
		this.custodial = custodial;
	}

	public String label() {
		return label;
	}

	/**
	 * Custodial cases: the person is in custody or released from it (pre- or
	 * post-release).
	 */
	public boolean custodial() {
		return custodial;
	}

	/**
	 * Community orders and suspended sentence orders carry requirements set by the court.
	 */
	public boolean carriesRequirements() {
		return !custodial;
	}

}
