package org.openprobation.contacts;

/** Kinds of contact, and whether each counts towards the contact standard. */
public enum ContactType {

	OFFICE_APPOINTMENT("Office appointment", true), HOME_VISIT("Home visit", true), TELEPHONE("Telephone", false),
	VIDEO_APPOINTMENT("Video appointment", true), UNPAID_WORK_SESSION("Unpaid work session", false),
	INTERVENTION_SESSION("Programme or intervention session", true), THREE_WAY_MEETING("Three-way meeting", true),
	MULTI_AGENCY_MEETING("Multi-agency meeting (MAPPA, MARAC)", false),
	OTHER_AGENCY_CONTACT("Other agency contact", false), MANAGEMENT_OVERSIGHT("Management oversight note", false),
	DRUG_TEST("Drug test", false), COURT_REVIEW("Court review hearing", false),
	OTHER_AGENCY_APPOINTMENT("Appointment with another agency (such as treatment)", false);

	private final String label;

	private final boolean counts;

	ContactType(String label, boolean counts) {
		this.label = label;
		this.counts = counts;
	}

	public String label() {
		return label;
	}

	/**
	 * A face-to-face or video appointment with the officer, or a delivered intervention,
	 * counts towards the contact standard; a telephone call does not.
	 */
	public boolean counts() {
		return counts;
	}

	/**
	 * Whether the person is expected to be present (so it can clash with another
	 * booking).
	 */
	public boolean needsThePerson() {
		return this != MULTI_AGENCY_MEETING && this != OTHER_AGENCY_CONTACT && this != MANAGEMENT_OVERSIGHT;
	}

	/**
	 * Whether the officer is there: a drug test and an appointment with another agency
	 * are the person's, with someone else, so they hold the person's time and not the
	 * officer's (the officer's diary is not blocked by them).
	 */
	public boolean officerAttends() {
		return this != DRUG_TEST && this != OTHER_AGENCY_APPOINTMENT;
	}

}
