package org.openprobation.inspection.domain;

/** The four ratings, with the score each contributes to the overall rating. */
public enum Rating {

	INADEQUATE("Inadequate", 0), REQUIRES_IMPROVEMENT("Requires improvement", 1), GOOD("Good", 2),
	OUTSTANDING("Outstanding", 3);

	private final String label;

	private final int score;

	Rating(String label, int score) {
		this.label = label;
		this.score = score;
	}

	public String label() {
		return label;
	}

	public int score() {
		return score;
	}

}
