package org.openprobation.sentences;

/**
 * Requirements a court can attach to a community order or suspended sentence order (law).
 */
public enum RequirementKind {

	UNPAID_WORK("Unpaid work", Unit.HOURS), REHABILITATION_ACTIVITY("Rehabilitation activity (RAR)", Unit.DAYS),
	ACCREDITED_PROGRAMME("Accredited programme", Unit.SESSIONS),
	DRUG_REHABILITATION("Drug rehabilitation (DRR)", Unit.NONE),
	ALCOHOL_TREATMENT("Alcohol treatment (ATR)", Unit.NONE),
	ALCOHOL_ABSTINENCE_MONITORING("Alcohol abstinence and monitoring (AAMR)", Unit.DAYS),
	MENTAL_HEALTH_TREATMENT("Mental health treatment", Unit.NONE),
	CURFEW("Curfew (electronically monitored)", Unit.DAYS), EXCLUSION("Exclusion", Unit.NONE),
	RESIDENCE("Residence", Unit.NONE), PROHIBITED_ACTIVITY("Prohibited activity", Unit.NONE),
	FOREIGN_TRAVEL_PROHIBITION("Foreign travel prohibition", Unit.NONE),
	ATTENDANCE_CENTRE("Attendance centre", Unit.HOURS);

	public enum Unit {

		HOURS("hours"), DAYS("days"), SESSIONS("sessions"), NONE("");

		private final String label;

		Unit(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

	private final String label;

	private final Unit unit;

	RequirementKind(String label, Unit unit) {
		this.label = label;
		this.unit = unit;
	}

	public String label() {
		return label;
	}

	public Unit unit() {
		return unit;
	}

	/**
	 * Served day by day from its start (curfew, alcohol abstinence and monitoring), not
	 * by attending anything.
	 */
	public boolean servedByTime() {
		return this == CURFEW || this == ALCOHOL_ABSTINENCE_MONITORING;
	}

	/**
	 * Delivered by a treatment provider, whose appointments the person must attend (drug
	 * rehabilitation also has its tests and court reviews).
	 */
	public boolean treatment() {
		return this == DRUG_REHABILITATION || this == ALCOHOL_TREATMENT || this == MENTAL_HEALTH_TREATMENT;
	}

}
