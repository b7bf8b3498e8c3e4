package org.openprobation.organisation;

public enum StaffGrade {

	PROBATION_OFFICER("Probation officer", "PO", true),
	PROBATION_SERVICES_OFFICER("Probation services officer", "PSO", true),
	SENIOR_PROBATION_OFFICER("Senior probation officer", "SPO", false),
	UNPAID_WORK_SUPERVISOR("Unpaid work supervisor", "UPW", false),
	CASE_ADMINISTRATOR("Case administrator", "CA", false);

	private final String label;

	private final String abbreviation;

	private final boolean holdsCases;

	StaffGrade(String label, String abbreviation, boolean holdsCases) {
		this.label = label;
		this.abbreviation = abbreviation;
		this.holdsCases = holdsCases;
	}

	public String label() {
		return label;
	}

	public String abbreviation() {
		return abbreviation;
	}

	/** Practitioners (POs and PSOs) are the grades that act as responsible officers. */
	public boolean holdsCases() {
		return holdsCases;
	}

}
