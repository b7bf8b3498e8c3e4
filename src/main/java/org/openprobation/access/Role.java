package org.openprobation.access;

/** What a platform user is allowed to do; checked on the server for every request. */
public enum Role {

	/**
	 * A responsible officer: reads cases of their own provider, changes their own cases.
	 */
	PRACTITIONER("Practitioner"),
	/**
	 * A senior probation officer: reads their provider's cases, manages and changes their
	 * team's.
	 */
	SPO("Senior probation officer"),
	/** Reads every case of their provider; changes cases in their own area. */
	AREA_MANAGER("Area manager"),
	/** Reads every case of their provider; changes nothing. */
	QUALITY("Quality and performance"),
	/** Reads across providers; changes nothing. */
	INSPECTOR("Inspector"),
	/** Runs the platform: users, audit, everything. */
	ADMIN("Administrator"),
	/**
	 * Unpaid-work staff (supervisors, placement officers): read their provider's cases
	 * and run unpaid-work bookings and registers; change nothing else.
	 */
	UNPAID_WORK("Unpaid work staff");

	private final String label;

	Role(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public String authority() {
		return "ROLE_" + name();
	}

}
