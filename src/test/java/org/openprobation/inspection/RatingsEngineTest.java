package org.openprobation.inspection;

import java.util.LinkedHashMap;
import java.util.Map;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.openprobation.inspection.domain.Framework;
import org.openprobation.inspection.domain.Rating;
import org.openprobation.inspection.domain.RatingsEngine;
import org.openprobation.shared.FieldProblem;

import static org.assertj.core.api.Assertions.assertThat;

/** Every worked example of inspection.md, and the engine's invariants. */
class RatingsEngineTest {

	static final Framework CRC = new Frameworks().find("HMIP_2018_CRC").orElseThrow();

	@Test
	void keyQuestionBandsHaveInclusiveLowerBoundsOnTheExactFraction() {
		assertThat(RatingsEngine.band(CRC, 80, 100)).isEqualTo(Rating.OUTSTANDING);
		assertThat(RatingsEngine.band(CRC, 79, 100)).isEqualTo(Rating.GOOD);
		assertThat(RatingsEngine.band(CRC, 65, 100)).isEqualTo(Rating.GOOD);
		assertThat(RatingsEngine.band(CRC, 64, 100)).isEqualTo(Rating.REQUIRES_IMPROVEMENT);
		assertThat(RatingsEngine.band(CRC, 50, 100)).isEqualTo(Rating.REQUIRES_IMPROVEMENT);
		assertThat(RatingsEngine.band(CRC, 49, 100)).isEqualTo(Rating.INADEQUATE);
		// 119/149 = 79.87%: shown as 80% but Good, and flagged
		assertThat(RatingsEngine.band(CRC, 119, 149)).isEqualTo(Rating.GOOD);
		RatingsEngine.Result result = RatingsEngine.rate(CRC,
				inputs(Map.of("2.1", counts(119, 149, 149, 149, 149, 149))));
		RatingsEngine.QuestionResult q = RatingsEngine.byCode(standard(result, "2.1")).get("2.1.1");
		assertThat(q.percent()).isEqualTo(80);
		assertThat(q.band()).isEqualTo(Rating.GOOD);
		assertThat(q.roundingCrossesBand()).isTrue();
		assertThat(q.casesToLiftOneBand()).isEqualTo(1);
	}

	@Test
	void aStandardTakesTheLowestBandOfItsKeyQuestionsAndNotApplicableIsExcluded() {
		RatingsEngine.Result result = RatingsEngine.rate(CRC,
				inputs(Map.of("2.1", counts(41, 48, 35, 48, 23, 48), "2.4", counts(30, 40, 30, 40, 30, 40))));
		assertThat(standard(result, "2.1").rating()).isEqualTo(Rating.INADEQUATE);
		assertThat(standard(result, "2.1").limitingKeyQuestion()).isEqualTo("2.1.3");
		// 2.4.3: 30 yes, 10 no, 8 not applicable: 30/40 = 75%, Good
		RatingsEngine.QuestionResult q = RatingsEngine.byCode(standard(result, "2.4")).get("2.4.3");
		assertThat(q.percent()).isEqualTo(75);
		assertThat(q.band()).isEqualTo(Rating.GOOD);
		assertThat(q.casesToLiftOneBand()).isEqualTo(2);
	}

	@Test
	void theOverallRatingFollowsTheBandTable() {
		// four Good judgements, four case standards Requires improvement, unpaid work
		// Good,
		// Through the Gate Requires improvement: 15, Requires improvement
		assertThat(RatingsEngine.overall(CRC, 4 * 2 + 4 + 2 + 1)).isEqualTo(Rating.REQUIRES_IMPROVEMENT);
		assertThat(RatingsEngine.overall(CRC, 16)).isEqualTo(Rating.GOOD);
		assertThat(RatingsEngine.overall(CRC, 10)).isEqualTo(Rating.REQUIRES_IMPROVEMENT);
		assertThat(RatingsEngine.overall(CRC, 5)).isEqualTo(Rating.INADEQUATE);
		assertThat(RatingsEngine.overall(CRC, 6 * 3 + 4 * 2)).isEqualTo(Rating.OUTSTANDING);
		RatingsEngine.Result london = RatingsEngine.rate(CRC, inputs(Map.of()));
		assertThat(london.score()).isEqualTo(15);
		assertThat(london.overall()).isEqualTo(Rating.REQUIRES_IMPROVEMENT);
	}

	@Test
	void wilsonIntervalsMatchTheFormula() {
		double[] ci = RatingsEngine.wilson(41, 48);
		assertThat(ci[0]).isCloseTo(0.7283, org.assertj.core.data.Offset.offset(0.0005));
		assertThat(ci[1]).isCloseTo(0.9275, org.assertj.core.data.Offset.offset(0.0005));
	}

	@Test
	void missingUnknownAndImpossibleFiguresAreNamed() {
		Map<String, RatingsEngine.StandardInput> bad = new LinkedHashMap<>(inputs(Map.of()));
		bad.remove("1.1");
		bad.put("9.9", new RatingsEngine.StandardInput(Rating.GOOD, null));
		bad.put("2.2", new RatingsEngine.StandardInput(null, Map.of("2.2.1", new RatingsEngine.Count(10, 11), "2.2.2",
				new RatingsEngine.Count(-1, 0), "2.2.3", new RatingsEngine.Count(0, 0))));
		assertThat(RatingsEngine.problems(CRC, bad)).extracting(FieldProblem::field)
			.containsExactlyInAnyOrder("standards.9.9", "standards.1.1", "standards.2.2.keyQuestions.2.2.1",
					"standards.2.2.keyQuestions.2.2.2", "standards.2.2.keyQuestions.2.2.3");
	}

	/**
	 * Adding a case judged sufficient never lowers a key question, a standard or the
	 * overall rating.
	 */
	@Property
	void aSufficientCaseNeverLowersARating(@ForAll @IntRange(min = 1, max = 300) int relevant,
			@ForAll @IntRange(min = 0, max = 300) int yesSeed) {
		int yes = yesSeed % (relevant + 1);
		Rating before = RatingsEngine.band(CRC, yes, relevant);
		Rating after = RatingsEngine.band(CRC, yes + 1, relevant + 1);
		assertThat(after.ordinal()).isGreaterThanOrEqualTo(before.ordinal());
		RatingsEngine.Result b = RatingsEngine.rate(CRC, inputs(Map.of("2.3", counts(yes, relevant, 40, 48, 40, 48))));
		RatingsEngine.Result a = RatingsEngine.rate(CRC,
				inputs(Map.of("2.3", counts(yes + 1, relevant + 1, 40, 48, 40, 48))));
		assertThat(a.score()).isGreaterThanOrEqualTo(b.score());
	}

	/** Thresholds are inclusive: exactly the threshold share is the higher band. */
	@Property
	void exactlyTheThresholdIsTheHigherBand(@ForAll @IntRange(min = 1, max = 50) int multiple) {
		assertThat(RatingsEngine.band(CRC, 4 * multiple, 5 * multiple)).isEqualTo(Rating.OUTSTANDING);
		assertThat(RatingsEngine.band(CRC, 13 * multiple, 20 * multiple)).isEqualTo(Rating.GOOD);
		assertThat(RatingsEngine.band(CRC, multiple, 2 * multiple)).isEqualTo(Rating.REQUIRES_IMPROVEMENT);
	}

	/**
	 * London CRC 2019-like defaults: judgements 3 Good and 1 Requires improvement, cases
	 * as given.
	 */
	static Map<String, RatingsEngine.StandardInput> inputs(Map<String, RatingsEngine.StandardInput> overrides) {
		Map<String, RatingsEngine.StandardInput> inputs = new LinkedHashMap<>();
		inputs.put("1.1", new RatingsEngine.StandardInput(Rating.GOOD, null));
		inputs.put("1.2", new RatingsEngine.StandardInput(Rating.GOOD, null));
		inputs.put("1.3", new RatingsEngine.StandardInput(Rating.GOOD, null));
		inputs.put("1.4", new RatingsEngine.StandardInput(Rating.GOOD, null));
		for (String s : new String[] { "2.1", "2.2", "2.3", "2.4", "4.2" }) {
			inputs.put(s, counts(30, 48, 30, 48, 30, 48));
		}
		inputs.put("4.1", counts(35, 48, 35, 48, 35, 48));
		inputs.putAll(overrides);
		// keys of an override must match its standard's key questions
		Map<String, RatingsEngine.StandardInput> renamed = new LinkedHashMap<>();
		inputs.forEach((code, input) -> {
			if (input.keyQuestions() == null) {
				renamed.put(code, input);
				return;
			}
			Map<String, RatingsEngine.Count> questions = new LinkedHashMap<>();
			int i = 1;
			for (RatingsEngine.Count c : input.keyQuestions().values()) {
				questions.put(code + "." + i++, c);
			}
			renamed.put(code, new RatingsEngine.StandardInput(null, questions));
		});
		return renamed;
	}

	static RatingsEngine.StandardInput counts(int yes1, int n1, int yes2, int n2, int yes3, int n3) {
		Map<String, RatingsEngine.Count> questions = new LinkedHashMap<>();
		questions.put("q1", new RatingsEngine.Count(n1, yes1));
		questions.put("q2", new RatingsEngine.Count(n2, yes2));
		questions.put("q3", new RatingsEngine.Count(n3, yes3));
		return new RatingsEngine.StandardInput(null, questions);
	}

	static RatingsEngine.StandardResult standard(RatingsEngine.Result result, String code) {
		return result.standards().stream().filter(s -> s.code().equals(code)).findFirst().orElseThrow();
	}

}
