package org.openprobation.assessment.domain;

import org.jspecify.annotations.Nullable;

/**
 * Why OGRS3 is not calculated from a case's record (assessment.md, "OGRS3"), what the
 * page says, and where on the case it is put right.
 */
public enum OgrsGap {

	NO_CURRENT_CONVICTION("OGRS3 not calculated: there is no current conviction", null, null),
	SEX_FOR_SCORING(
			"OGRS3 not calculated: the person's gender is neither male nor female, so the record must say which of the "
					+ "two models applies (the sex for scoring) and why",
			"scoring-sex", "Record the sex for scoring"),
	FIRST_SANCTION_DATE_MISSING("OGRS3 not calculated: first sanction date missing", "first-sanction",
			"Record the date of the first sanction");

	private final String message;

	private final @Nullable String path;

	private final @Nullable String action;

	OgrsGap(String message, @Nullable String path, @Nullable String action) {
		this.message = message;
		this.path = path;
		this.action = action;
	}

	public String message() {
		return message;
	}

	/**
	 * The case's page that records what is missing ({@code /cases/{crn}/...}), if any.
	 */
	public @Nullable String path() {
		return path;
	}

	/** The link's words. */
	public @Nullable String action() {
		return action;
	}

}
