package org.openprobation.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.openprobation.assessment.domain.CaseScoring;
import org.openprobation.assessment.domain.Sex;
import org.openprobation.assessment.domain.TierChange;
import org.openprobation.assessment.domain.TierRule;
import org.openprobation.sentences.RequirementKind;
import org.openprobation.sentences.ScoringFacts;
import org.openprobation.sentences.SentenceKind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Why a tier changed with time (assessment.md, "Tier": recompute when inputs change with
 * time alone): the needs assessment passing 55 weeks, the order ending, a woman's breach
 * or recall passing a year.
 */
class TierChangeTest {

	private static final LocalDate STORED = LocalDate.of(2026, 11, 23);

	private static final ScoringFacts ORDER = new ScoringFacts(1, null, null, null, 0, null,
			List.of(new ScoringFacts.CurrentOrder(SentenceKind.COMMUNITY_ORDER,
					Set.of(RequirementKind.REHABILITATION_ACTIVITY))));

	private static final ScoringFacts NO_ORDER = new ScoringFacts(1, null, null, null, 0, null, List.of());

	private static CaseScoring.Facts facts(ScoringFacts sentences, LocalDate assessed, boolean breachInYear) {
		return new CaseScoring.Facts(Sex.FEMALE, LocalDate.of(1990, 1, 1), sentences, null, null, Set.of(), null, false,
				false, assessed, Map.of(TierRule.Need.ACCOMMODATION, TierRule.NeedSeverity.SEVERE),
				new TierRule.WomenFactors(false, false, breachInYear));
	}

	@Test
	void aNeedsAssessmentPassing55WeeksIsNamedWithItsDate() {
		LocalDate assessed = LocalDate.of(2026, 1, 5);
		CaseScoring.Facts facts = facts(ORDER, assessed, false);
		LocalDate later = assessed.plusWeeks(55).plusDays(1);
		assertThat(CaseScoring.score(facts, STORED).tier().code()).isEqualTo("D1");
		assertThat(CaseScoring.score(facts, later).tier().code()).isEqualTo("D2");
		assertThat(TierChange.why("D1", facts, STORED, facts, later))
			.containsExactly("the needs assessment of 5 January 2026 is over 55 weeks old");
	}

	@Test
	void anOrderEndingAndABreachPassingAYearAreNamedTogether() {
		CaseScoring.Facts then = facts(ORDER, STORED, true);
		CaseScoring.Facts now = facts(NO_ORDER, STORED, false);
		assertThat(TierChange.why("D1", then, STORED, now, STORED.plusWeeks(56))).containsExactly(
				"the needs assessment of 23 November 2026 is over 55 weeks old",
				"no order or requirement giving a mandate for change is current any more",
				"the breach or recall is over a year old");
	}

	@Test
	void aChangeToTheRecordIsToldFromTimePassing() {
		CaseScoring.Facts facts = facts(ORDER, STORED, false);
		assertThat(TierChange.why("A3", facts, STORED, facts, STORED.plusDays(1)))
			.containsExactly("the record changed since it was computed");
	}

	@Property
	void thereIsAlwaysAReason(@ForAll @IntRange(min = 0, max = 800) int days, @ForAll boolean breach,
			@ForAll boolean order) {
		CaseScoring.Facts then = facts(order ? ORDER : NO_ORDER, STORED, breach);
		assertThat(TierChange.why("D0", then, STORED, facts(NO_ORDER, STORED, false), STORED.plusDays(days)))
			.isNotEmpty()
			.allSatisfy(reason -> assertThat(reason).isNotBlank());
	}

}
