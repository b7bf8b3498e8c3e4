package org.openprobation.assessment;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.openprobation.assessment.domain.TierRule.RoshLevel;

/**
 * A risk of serious harm assessment: a level per group at risk; the overall level is the
 * highest of the groups that count, and the risk to prisoners counts only while the
 * person is in custody ({@code inCustody}: serving the custodial part of a sentence, as
 * the case stands when it is read).
 */
public record RoshAssessment(long id, LocalDate assessedOn, Map<RiskGroup, RoshLevel> levels,
		@Nullable String whoIsAtRisk, @Nullable String natureOfHarm, @Nullable String imminence,
		@Nullable String increasesRisk, @Nullable String reducesRisk, @Nullable String riskManagementPlan,
		String author, boolean inCustody) {

	public enum RiskGroup {

		CHILDREN("Children"), PUBLIC("Public"), KNOWN_ADULT("Known adult"), STAFF("Staff"), PRISONERS("Prisoners");

		private final String label;

		RiskGroup(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

	public RoshAssessment {
		levels = Map.copyOf(levels);
	}

	/** High or very high: the risk that is escalated to the NPS and shown in red. */
	public boolean highOrVeryHigh() {
		return overall() == RoshLevel.HIGH || overall() == RoshLevel.VERY_HIGH;
	}

	public RoshLevel overall() {
		return overallOf(levels, inCustody);
	}

	/**
	 * The overall level of an assessment's levels per group: the highest of those that
	 * count (assessment.md, "Risk of serious harm": the risk to prisoners counts only
	 * while the person is in custody; in the community it is recorded but does not
	 * count).
	 */
	public static RoshLevel overallOf(Map<RiskGroup, RoshLevel> levels, boolean inCustody) {
		return levels.entrySet()
			.stream()
			.filter(e -> inCustody || e.getKey() != RiskGroup.PRISONERS)
			.map(Map.Entry::getValue)
			.max(Comparator.naturalOrder())
			.orElse(RoshLevel.LOW);
	}

	/** Whether the group's level counts towards the overall level now. */
	public boolean counts(RiskGroup group) {
		return inCustody || group != RiskGroup.PRISONERS;
	}

	/**
	 * The overall level's name (LOW, MEDIUM, HIGH, VERY_HIGH), for modules outside
	 * assessment.
	 */
	public String overallLevel() {
		return overall().name();
	}

	/**
	 * The groups in their order, for pages (a page naming the nested type with T(...) had
	 * every render look the class up under the class loader's lock, and fail first).
	 */
	public List<RiskGroup> riskGroups() {
		return List.of(RiskGroup.values());
	}

	public RoshLevel level(RiskGroup group) {
		return levels.getOrDefault(group, RoshLevel.LOW);
	}

}
