package org.openprobation.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openprobation.assessment.domain.CaseScoring;
import org.openprobation.assessment.domain.Ogrs3;
import org.openprobation.assessment.domain.Sex;
import org.openprobation.assessment.domain.TierRule;
import org.openprobation.sentences.OffenceCategory;
import org.openprobation.sentences.RequirementKind;
import org.openprobation.sentences.ScoringFacts;
import org.openprobation.sentences.ScoringFacts.CurrentOrder;
import org.openprobation.sentences.SentenceKind;

import static org.assertj.core.api.Assertions.assertThat;

class CaseScoringTest {

	private static ScoringFacts serving(CurrentOrder... orders) {
		return new ScoringFacts(1, LocalDate.of(2026, 1, 10), OffenceCategory.THEFT_NON_MOTOR,
				LocalDate.of(2026, 1, 10), 4, LocalDate.of(2012, 5, 1), List.of(orders));
	}

	@Test
	void custodyIsAMandateForChange() {
		assertThat(CaseScoring.mandateForChange(serving(new CurrentOrder(SentenceKind.LICENCE, Set.of())))).isTrue();
		assertThat(CaseScoring.mandateForChange(serving(new CurrentOrder(SentenceKind.PRE_RELEASE, Set.of()))))
			.isTrue();
	}

	@Test
	void aCommunitySentenceIsAMandateOnlyWithARequirementOtherThanUnpaidWork() {
		assertThat(CaseScoring.mandateForChange(
				serving(new CurrentOrder(SentenceKind.COMMUNITY_ORDER, Set.of(RequirementKind.UNPAID_WORK)))))
			.isFalse();
		assertThat(CaseScoring.mandateForChange(serving(new CurrentOrder(SentenceKind.SUSPENDED_SENTENCE_ORDER,
				Set.of(RequirementKind.UNPAID_WORK, RequirementKind.REHABILITATION_ACTIVITY)))))
			.isTrue();
		assertThat(CaseScoring
			.mandateForChange(serving(new CurrentOrder(SentenceKind.SUSPENDED_SENTENCE_ORDER, Set.of())))).isFalse();
		assertThat(CaseScoring.mandateForChange(serving())).isFalse();
	}

	@Test
	void anAssessmentIsValidForFiftyFiveWeeks() {
		LocalDate today = LocalDate.of(2026, 11, 23);
		assertThat(CaseScoring.validAssessment(today.minusWeeks(55), today)).isTrue();
		assertThat(CaseScoring.validAssessment(today.minusWeeks(55).minusDays(1), today)).isFalse();
		assertThat(CaseScoring.validAssessment(null, today)).isFalse();
		assertThat(CaseScoring.validAssessment(today.plusDays(1), today)).isFalse();
	}

	@Test
	void ogrs3IsCalculatedFromTheRecordItself() {
		CaseScoring.Facts facts = new CaseScoring.Facts(Sex.MALE, LocalDate.of(1975, 4, 29),
				new ScoringFacts(1, LocalDate.of(2009, 2, 19), OffenceCategory.DRUG_IMPORT_EXPORT_PRODUCTION,
						LocalDate.of(2020, 1, 14), 21, LocalDate.of(1992, 6, 1), List.of()),
				null, null, Set.of(), null, false, false, null, Map.of(), TierRule.WomenFactors.none());
		Ogrs3.Score score = CaseScoring.ogrs(facts);
		// the worked example of assessment.md: 35% and 52%, medium
		assertThat(score).isNotNull();
		assertThat(score.oneYearPercent()).isEqualTo(35);
		assertThat(score.twoYearPercent()).isEqualTo(52);
	}

	@Test
	void womensFactorsRaiseAWomansProtectLevel() {
		ScoringFacts none = new ScoringFacts(1, null, null, null, 0, null, List.of());
		CaseScoring.Facts without = new CaseScoring.Facts(Sex.FEMALE, LocalDate.of(1990, 1, 1), none, null, null,
				Set.of(TierRule.ComplexityFactor.MENTAL_HEALTH, TierRule.ComplexityFactor.VULNERABILITY), null, false,
				false, null, Map.of(), TierRule.WomenFactors.none());
		CaseScoring.Facts with = new CaseScoring.Facts(Sex.FEMALE, LocalDate.of(1990, 1, 1), none, null, null,
				Set.of(TierRule.ComplexityFactor.MENTAL_HEALTH, TierRule.ComplexityFactor.VULNERABILITY), null, false,
				false, null, Map.of(), new TierRule.WomenFactors(true, true, true));
		LocalDate asOf = LocalDate.of(2026, 11, 23);
		// 4 points of complexity; 2 + 2 + 2 more for parenting, temper and a recent
		// breach
		assertThat(CaseScoring.score(without, asOf).tier().protectPoints()).isEqualTo(4);
		assertThat(CaseScoring.score(with, asOf).tier().protectPoints()).isEqualTo(10);
		assertThat(CaseScoring.score(with, asOf).tier().code()).startsWith("C");
	}

	@Test
	void withoutACurrentConvictionThereIsNoOgrs3() {
		CaseScoring.Facts facts = new CaseScoring.Facts(Sex.FEMALE, LocalDate.of(1990, 1, 1),
				new ScoringFacts(1, null, null, null, 0, null, List.of()), null, null, Set.of(), null, false, false,
				null, Map.of(), TierRule.WomenFactors.none());
		assertThat(CaseScoring.ogrs(facts)).isNull();
		assertThat(CaseScoring.score(facts, LocalDate.of(2026, 11, 23)).tier().code()).isEqualTo("D0");
	}

	/**
	 * assessment.md, "OGRS3": a gender neither male nor female is never scored as male
	 * (without a sex for scoring, OGRS3 is not calculated), and a missing first sanction
	 * date is never taken as zero; the tier then uses no OGRS3 points and says why.
	 */
	@Test
	void ogrs3IsNotCalculatedWithoutASexForScoringOrAFirstSanctionDate() {
		ScoringFacts record = new ScoringFacts(1, LocalDate.of(2009, 2, 19),
				OffenceCategory.DRUG_IMPORT_EXPORT_PRODUCTION, LocalDate.of(2020, 1, 14), 21, LocalDate.of(1992, 6, 1),
				List.of(new ScoringFacts.CurrentOrder(org.openprobation.sentences.SentenceKind.LICENCE, Set.of())));
		CaseScoring.Facts scored = new CaseScoring.Facts(Sex.MALE, LocalDate.of(1975, 4, 29), record, null, null,
				Set.of(), null, false, false, null, Map.of(), TierRule.WomenFactors.none());
		assertThat(CaseScoring.ogrsGap(scored)).isNull();
		assertThat(CaseScoring.ogrs(scored)).isNotNull();

		CaseScoring.Facts noModel = new CaseScoring.Facts(null, LocalDate.of(1975, 4, 29), record, null, null, Set.of(),
				null, false, false, null, Map.of(), new TierRule.WomenFactors(true, true, true));
		assertThat(CaseScoring.ogrsGap(noModel)).isEqualTo(org.openprobation.assessment.domain.OgrsGap.SEX_FOR_SCORING);
		assertThat(CaseScoring.ogrs(noModel)).isNull();
		// no OGRS3 points, and the women's factors do not apply to an unknown model
		CaseScoring.Outcome outcome = CaseScoring.score(noModel, LocalDate.of(2026, 11, 23));
		assertThat(outcome.ogrs()).isNull();
		assertThat(outcome.tier().protectPoints()).isZero();

		ScoringFacts noFirstDate = new ScoringFacts(1, LocalDate.of(2009, 2, 19),
				OffenceCategory.DRUG_IMPORT_EXPORT_PRODUCTION, LocalDate.of(2020, 1, 14), 21, null, List.of());
		CaseScoring.Facts missing = new CaseScoring.Facts(Sex.MALE, LocalDate.of(1975, 4, 29), noFirstDate, null, null,
				Set.of(), null, false, false, null, Map.of(), TierRule.WomenFactors.none());
		assertThat(CaseScoring.ogrsGap(missing))
			.isEqualTo(org.openprobation.assessment.domain.OgrsGap.FIRST_SANCTION_DATE_MISSING);
		assertThat(CaseScoring.ogrs(missing)).isNull();
		assertThat(org.openprobation.assessment.domain.OgrsGap.FIRST_SANCTION_DATE_MISSING.message())
			.isEqualTo("OGRS3 not calculated: first sanction date missing");
		// with no previous sanctions, the current conviction is the first: no date needed
		ScoringFacts firstOffence = new ScoringFacts(1, LocalDate.of(2009, 2, 19),
				OffenceCategory.DRUG_IMPORT_EXPORT_PRODUCTION, LocalDate.of(2020, 1, 14), 0, null, List.of());
		assertThat(CaseScoring.ogrs(new CaseScoring.Facts(Sex.FEMALE, LocalDate.of(1975, 4, 29), firstOffence, null,
				null, Set.of(), null, false, false, null, Map.of(), TierRule.WomenFactors.none())))
			.isNotNull();
	}

}
