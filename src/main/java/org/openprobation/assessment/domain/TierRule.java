package org.openprobation.assessment.domain;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The tier of {@code assessment.md}: protect level A to D from risk of harm, MAPPA,
 * complexity and women's factors; change level 0 to 3 from the mandate for change, the
 * assessment's validity, criminogenic needs, OGRS3 and IOM; {@code S} appended when
 * unsupervised.
 */
public final class TierRule {

	private TierRule() {
	}

	public enum RoshLevel {

		LOW(0), MEDIUM(10), HIGH(20), VERY_HIGH(150);

		final int points;

		RoshLevel(int points) {
			this.points = points;
		}

	}

	public enum MappaLevel {

		M1(5), M2(150), M3(150);

		final int points;

		MappaLevel(int points) {
			this.points = points;
		}

	}

	/** Each distinct complexity factor scores 2 protect points. */
	public enum ComplexityFactor {

		MENTAL_HEALTH, ATTEMPTED_SUICIDE_OR_SELF_HARM, VULNERABILITY, CHILD_CONCERNS, CHILD_PROTECTION,
		RISK_TO_CHILDREN, PUBLIC_INTEREST, ADULT_AT_RISK, STREET_GANGS, TERRORISM

	}

	/** The ten criminogenic needs with their tier weights. */
	public enum Need {

		ACCOMMODATION(1), EDUCATION_TRAINING_AND_EMPLOYABILITY(1), FINANCIAL_MANAGEMENT(0), RELATIONSHIPS(1),
		LIFESTYLE_AND_ASSOCIATES(1), DRUG_MISUSE(1), ALCOHOL_MISUSE(1), THINKING_AND_BEHAVIOUR(2), ATTITUDES(2),
		EMOTIONAL_WELLBEING(0);

		final int weight;

		Need(int weight) {
			this.weight = weight;
		}

		/** The need as people say it, e.g. "Alcohol misuse". */
		public String label() {
			String words = name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
			return Character.toUpperCase(words.charAt(0)) + words.substring(1);
		}

	}

	public enum NeedSeverity {

		NO_NEED(0), STANDARD(1), SEVERE(2);

		final int multiplier;

		NeedSeverity(int multiplier) {
			this.multiplier = multiplier;
		}

	}

	/** Factors that score for women only. */
	public record WomenFactors(boolean parentingResponsibilities, boolean impulsivityOrTemperProblem,
			boolean breachOrRecallInLastYear) {

		public static WomenFactors none() {
			return new WomenFactors(false, false, false);
		}

	}

	/**
	 * The tier's inputs; {@code sex} is null when the person's gender is neither male nor
	 * female and no sex for scoring is recorded (the women's factors then do not apply).
	 */
	public record Inputs(@Nullable Sex sex, @Nullable RoshLevel rosh, @Nullable BigDecimal rsrPercent,
			@Nullable MappaLevel mappa, Set<ComplexityFactor> complexityFactors, WomenFactors womenFactors,
			boolean mandateForChange, boolean validAssessment, Map<Need, NeedSeverity> needs, int ogrsPercent,
			boolean iomNominal, boolean unsupervised) {

		public Inputs {
			complexityFactors = complexityFactors.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(complexityFactors));
			needs = needs.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(needs));
		}

	}

	public record Tier(String protectLevel, int protectPoints, int changeLevel, int changePoints,
			boolean unsupervised) {

		/** For example {@code B2}, or {@code B2S} when unsupervised. */
		public String code() {
			return protectLevel + changeLevel + (unsupervised ? "S" : "");
		}

	}

	private static final BigDecimal RSR_HIGH = new BigDecimal("7.00");

	private static final BigDecimal RSR_TOP = new BigDecimal("99.99");

	private static final BigDecimal RSR_MEDIUM = new BigDecimal("3.00");

	public static Tier calculate(Inputs in) {
		int protect = protectPoints(in);
		int change = changePoints(in);
		return new Tier(protectLevel(protect), protect, changeLevel(in, change), change, in.unsupervised());
	}

	static int protectPoints(Inputs in) {
		int rosh = in.rosh() == null ? 0 : in.rosh().points;
		// Only the larger of the RoSH and RSR points counts.
		int points = Math.max(rosh, rsrPoints(in.rsrPercent()));
		if (in.mappa() != null) {
			points += in.mappa().points;
		}
		points += 2 * in.complexityFactors().size();
		if (in.sex() == Sex.FEMALE) {
			WomenFactors women = in.womenFactors();
			points += women.parentingResponsibilities() ? 2 : 0;
			points += women.impulsivityOrTemperProblem() ? 2 : 0;
			points += women.breachOrRecallInLastYear() ? 2 : 0;
		}
		return points;
	}

	static int rsrPoints(@Nullable BigDecimal rsrPercent) {
		// Only the published ranges score: 7.00 to 99.99 is 20, 3.00 to 6.99 is 10;
		// anything else is 0.
		if (rsrPercent == null || rsrPercent.compareTo(RSR_TOP) > 0) {
			return 0;
		}
		if (rsrPercent.compareTo(RSR_HIGH) >= 0) {
			return 20;
		}
		if (rsrPercent.compareTo(RSR_MEDIUM) >= 0) {
			return 10;
		}
		return 0;
	}

	static String protectLevel(int points) {
		if (points >= 150) {
			return "A";
		}
		if (points >= 20) {
			return "B";
		}
		if (points >= 10) {
			return "C";
		}
		return "D";
	}

	/** Change points count only with a mandate for change and a valid assessment. */
	static int changePoints(Inputs in) {
		if (!in.mandateForChange() || !in.validAssessment()) {
			return 0;
		}
		int points = 0;
		for (Map.Entry<Need, NeedSeverity> need : in.needs().entrySet()) {
			points += need.getKey().weight * need.getValue().multiplier;
		}
		points += Math.max(0, in.ogrsPercent()) / 10;
		if (in.iomNominal()) {
			points += 2;
		}
		return points;
	}

	static int changeLevel(Inputs in, int points) {
		if (!in.mandateForChange()) {
			return 0;
		}
		if (!in.validAssessment()) {
			return 2;
		}
		if (points >= 20) {
			return 3;
		}
		if (points >= 10) {
			return 2;
		}
		return 1;
	}

}
