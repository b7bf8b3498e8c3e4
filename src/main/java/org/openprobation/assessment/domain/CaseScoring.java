package org.openprobation.assessment.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.openprobation.sentences.RequirementKind;
import org.openprobation.sentences.ScoringFacts;

/**
 * Scores a case from its own record, never re-keyed: OGRS3 from the person and the
 * current conviction, and the tier's inputs from the RoSH assessment, RSR, registrations,
 * needs and the current sentences.
 */
public final class CaseScoring {

	private CaseScoring() {
	}

	/**
	 * An assessment older than this (55 weeks) is no longer valid for the change level.
	 */
	static final int ASSESSMENT_VALID_DAYS = 55 * 7;

	/**
	 * What is known about a case. Registrations are the active ones. {@code sex} is the
	 * model the scores use: the person's gender when it is male or female, else the sex
	 * for scoring recorded with a reason, else null (OGRS3 is then not calculated).
	 */
	public record Facts(@Nullable Sex sex, LocalDate dateOfBirth, ScoringFacts sentences,
			TierRule.@Nullable RoshLevel rosh, @Nullable BigDecimal rsrPercent,
			Set<TierRule.ComplexityFactor> complexityFactors, TierRule.@Nullable MappaLevel mappa, boolean iomNominal,
			boolean unsupervised, @Nullable LocalDate needsAssessedOn, Map<TierRule.Need, TierRule.NeedSeverity> needs,
			TierRule.WomenFactors womenFactors) {
	}

	public record Outcome(TierRule.Tier tier, Ogrs3.@Nullable Score ogrs) {
	}

	public static Outcome score(Facts facts, LocalDate asOf) {
		Ogrs3.Score ogrs = ogrs(facts);
		TierRule.Inputs inputs = new TierRule.Inputs(facts.sex(), facts.rosh(), facts.rsrPercent(), facts.mappa(),
				facts.complexityFactors(), facts.womenFactors(), mandateForChange(facts.sentences()),
				validAssessment(facts.needsAssessedOn(), asOf),
				facts.needs().isEmpty() ? Map.of() : new EnumMap<>(facts.needs()),
				ogrs == null ? 0 : ogrs.twoYearPercent(), facts.iomNominal(), facts.unsupervised());
		return new Outcome(TierRule.calculate(inputs), ogrs);
	}

	/**
	 * Why OGRS3 is not calculated from the record; null when it can be (assessment.md,
	 * "OGRS3": a gender neither male nor female needs the sex for scoring; a missing
	 * first sanction date is never taken as zero).
	 */
	public static @Nullable OgrsGap ogrsGap(Facts facts) {
		ScoringFacts s = facts.sentences();
		if (s.convictionDate() == null || s.mainOffence() == null) {
			return OgrsGap.NO_CURRENT_CONVICTION;
		}
		if (facts.sex() == null) {
			return OgrsGap.SEX_FOR_SCORING;
		}
		if (s.previousSanctions() > 0 && s.firstSanctionDate() == null) {
			return OgrsGap.FIRST_SANCTION_DATE_MISSING;
		}
		return null;
	}

	/**
	 * OGRS3 from the record; none when it is not calculated ({@link #ogrsGap}) or cannot
	 * be scored.
	 */
	public static Ogrs3.@Nullable Score ogrs(Facts facts) {
		ScoringFacts s = facts.sentences();
		Sex sex = facts.sex();
		if (ogrsGap(facts) != null || sex == null || s.convictionDate() == null || s.mainOffence() == null) {
			return null;
		}
		LocalDate firstSanction = s.previousSanctions() == 0 || s.firstSanctionDate() == null ? s.convictionDate()
				: s.firstSanctionDate();
		LocalDate riskDate = (s.riskDate() == null || s.riskDate().isBefore(s.convictionDate())) ? s.convictionDate()
				: s.riskDate();
		Ogrs3.Result result = Ogrs3.score(new Ogrs3.Input(sex, facts.dateOfBirth(), s.convictionDate(), riskDate,
				firstSanction, null, s.previousSanctions(), s.mainOffence()));
		return result instanceof Ogrs3.Score score ? score : null;
	}

	/**
	 * A mandate for change: a current custodial sentence, or a current community sentence
	 * with at least one requirement other than unpaid work.
	 */
	public static boolean mandateForChange(ScoringFacts sentences) {
		for (ScoringFacts.CurrentOrder order : sentences.currentOrders()) {
			if (order.kind().custodial()) {
				return true;
			}
			Set<RequirementKind> others = order.requirements().isEmpty() ? EnumSet.noneOf(RequirementKind.class)
					: EnumSet.copyOf(order.requirements());
			others.remove(RequirementKind.UNPAID_WORK);
			if (!others.isEmpty()) {
				return true;
			}
		}
		return false;
	}

	/** A needs assessment completed within the last 55 weeks. */
	public static boolean validAssessment(@Nullable LocalDate assessedOn, LocalDate asOf) {
		return assessedOn != null && !assessedOn.isAfter(asOf)
				&& !assessedOn.isBefore(asOf.minusDays(ASSESSMENT_VALID_DAYS));
	}

}
