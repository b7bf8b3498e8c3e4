package org.openprobation.oversight;

/**
 * The figures oversight shows, each a count of cases (or practitioners) with its
 * denominator. State figures describe today (their trend is recorded monthly); flow
 * figures count what happened in a period (the last 12 months now, each month for the
 * trend), from the record.
 */
public enum Metric {

	OVER_CAPACITY("Caseloads and workload", "Practitioners over 100% capacity", "practitioners", false, false),
	CONTACT_OVERDUE("Contact", "People overdue a contact", "people under supervision", false, false),
	AT_RISK_OF_LOSS("Contact", "People not seen for 8 weeks (at risk of being lost)", "people under supervision", false,
			false),
	ROSH_LATE("Assessment and planning", "Initial RoSH assessments late or missing", "people under supervision", false,
			false),
	PLAN_LATE("Assessment and planning", "Sentence plans late or missing", "people under supervision", false, false),
	PLAN_GAPS("Assessment and planning", "Plans with gaps (needs or risks without an objective)",
			"people under supervision", false, false),
	REVIEW_OVERDUE("Assessment and planning", "Plan or RoSH reviews overdue", "people under supervision", false, false),
	ROSH_COUNTERSIGNED("Assessment and planning", "High and very high RoSH cases with a countersigned RoSH assessment",
			"people assessed at high or very high risk of serious harm", false, true),
	SAFEGUARDING_OUTSTANDING("Safeguarding", "Safeguarding checks outstanding", "people under supervision", false,
			false),
	ENFORCEMENT_ON_TIME("Enforcement", "Breaches and recalls submitted within 10 working days",
			"breaches and recalls submitted", true, true),
	PACKS_RETURNED("Enforcement", "Breach packs returned by the court", "breaches and recalls submitted", true, false),
	UPW_OFF_TRACK("Unpaid work", "People off track to finish their hours in 12 months",
			"people with unpaid work hours to do", false, false),
	UPW_STAND_DOWNS("Unpaid work", "Attendances stood down", "attendances recorded", true, false),
	CONTINUITY("Continuity", "People who kept the same officer for the last 12 months", "people under supervision",
			false, true),
	COMPLETION_COMMUNITY("Completion", "Community sentences completed successfully", "community sentences ended", true,
			true),
	COMPLETION_LICENCE("Completion", "Licences and post-sentence supervision completed successfully", "licences ended",
			true, true);

	private final String section;

	private final String label;

	private final String denominator;

	private final boolean flow;

	private final boolean higherIsBetter;

	Metric(String section, String label, String denominator, boolean flow, boolean higherIsBetter) {
		this.section = section;
		this.label = label;
		this.denominator = denominator;
		this.flow = flow;
		this.higherIsBetter = higherIsBetter;
	}

	public String section() {
		return section;
	}

	public String label() {
		return label;
	}

	public String denominator() {
		return denominator;
	}

	/** Counted over a period (the last 12 months) rather than as at today. */
	public boolean flow() {
		return flow;
	}

	public boolean higherIsBetter() {
		return higherIsBetter;
	}

	/** Counts practitioners rather than cases. */
	public boolean countsPractitioners() {
		return this == OVER_CAPACITY;
	}

	/** The path segment naming the metric in drill-down links. */
	public String slug() {
		return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

	public static java.util.Optional<Metric> ofSlug(String slug) {
		for (Metric metric : values()) {
			if (metric.slug().equals(slug)) {
				return java.util.Optional.of(metric);
			}
		}
		return java.util.Optional.empty();
	}

}
