package org.openprobation.assessment;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.openprobation.assessment.domain.Ogrs3;
import org.openprobation.assessment.domain.Sex;
import org.openprobation.sentences.OffenceCategory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class Ogrs3Test {

	static JsonNode examples(String file) {
		try (InputStream in = Ogrs3Test.class.getResourceAsStream("/domain-examples/" + file)) {
			return JsonMapper.builder().build().readTree(in).get("examples");
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static Ogrs3.Input input(JsonNode in) {
		return new Ogrs3.Input(Sex.valueOf(in.get("sex").asString()), LocalDate.parse(in.get("dateOfBirth").asString()),
				LocalDate.parse(in.get("convictionDate").asString()), LocalDate.parse(in.get("riskDate").asString()),
				LocalDate.parse(in.get("dateOfFirstSanction").asString()), null, in.get("previousSanctions").asInt(),
				OffenceCategory.valueOf(in.get("offenceCategory").asString()));
	}

	@TestFactory
	Stream<DynamicTest> reproducesEveryPublishedExample() {
		List<DynamicTest> tests = new ArrayList<>();
		int n = 0;
		for (JsonNode example : examples("ogrs3.json")) {
			JsonNode expect = example.get("expect");
			tests.add(DynamicTest.dynamicTest("OGRS3 example " + (++n), () -> {
				Ogrs3.Result result = Ogrs3.score(input(example.get("input")));
				assertThat(result).isInstanceOf(Ogrs3.Score.class);
				Ogrs3.Score score = (Ogrs3.Score) result;
				assertThat(score.oneYear()).isCloseTo(expect.get("oneYear").asDouble(), within(1e-9));
				assertThat(score.twoYear()).isCloseTo(expect.get("twoYear").asDouble(), within(1e-9));
				assertThat(score.oneYearPercent()).isEqualTo(expect.get("oneYearPercent").asInt());
				assertThat(score.twoYearPercent()).isEqualTo(expect.get("twoYearPercent").asInt());
				assertThat(score.band().name()).isEqualTo(expect.get("band").asString());
			}));
		}
		assertThat(tests).hasSize(1007);
		return tests.stream();
	}

	@Test
	void theWorkedExampleOfTheSpecification() {
		// male, born 1975-04-29, convicted 2009-02-19 (33), risk date 2020-01-14 (44), 21
		// previous, first at 17, drug import
		Ogrs3.Score score = (Ogrs3.Score) Ogrs3
			.score(new Ogrs3.Input(Sex.MALE, LocalDate.of(1975, 4, 29), LocalDate.of(2009, 2, 19),
					LocalDate.of(2020, 1, 14), null, 17, 21, OffenceCategory.DRUG_IMPORT_EXPORT_PRODUCTION));
		assertThat(score.oneYearPercent()).isEqualTo(35);
		assertThat(score.twoYearPercent()).isEqualTo(52);
		assertThat(score.band()).isEqualTo(Ogrs3.Band.MEDIUM);
	}

	@Test
	void refusesToScoreImpossibleHistories() {
		Ogrs3.Result tooYoung = Ogrs3.score(new Ogrs3.Input(Sex.MALE, LocalDate.of(2010, 1, 1),
				LocalDate.of(2019, 1, 1), null, LocalDate.of(2019, 1, 1), null, 0, OffenceCategory.VIOLENCE));
		assertThat(tooYoung).isInstanceOf(Ogrs3.Refused.class);
		Ogrs3.Result firstAfterConviction = Ogrs3.score(new Ogrs3.Input(Sex.MALE, LocalDate.of(1990, 1, 1),
				LocalDate.of(2019, 1, 1), null, LocalDate.of(2019, 6, 1), null, 2, OffenceCategory.VIOLENCE));
		assertThat(((Ogrs3.Refused) firstAfterConviction).problems()).extracting(Ogrs3.Problem::field)
			.containsExactly("dateOfFirstSanction");
		Ogrs3.Result riskBeforeConviction = Ogrs3.score(new Ogrs3.Input(Sex.FEMALE, LocalDate.of(1990, 1, 1),
				LocalDate.of(2019, 1, 1), LocalDate.of(2018, 1, 1), null, 18, 2, OffenceCategory.VIOLENCE));
		assertThat(((Ogrs3.Refused) riskBeforeConviction).problems()).extracting(Ogrs3.Problem::field)
			.containsExactly("riskDate");
	}

	private static double twoYear(int previous, LocalDate dob) {
		return ((Ogrs3.Score) Ogrs3.score(new Ogrs3.Input(Sex.MALE, dob, LocalDate.of(2020, 6, 1), null, null, 15,
				previous, OffenceCategory.THEFT_NON_MOTOR)))
			.twoYear();
	}

	@Property
	void moreSanctionsNeverLowerTheScore(@ForAll @IntRange(min = 1, max = 60) int previous) {
		LocalDate dob = LocalDate.of(1990, 3, 1);
		assertThat(twoYear(previous + 1, dob)).isGreaterThanOrEqualTo(twoYear(previous, dob));
	}

	@Property
	void anOlderAgeBandNeverRaisesTheScoreOfAMan(@ForAll @IntRange(min = 18, max = 70) int age) {
		LocalDate conviction = LocalDate.of(2020, 6, 1);
		double younger = ((Ogrs3.Score) Ogrs3.score(new Ogrs3.Input(Sex.MALE, conviction.minusYears(age), conviction,
				null, null, 16, 5, OffenceCategory.VIOLENCE)))
			.twoYear();
		// The same history one year older: the first sanction moves with the person, so
		// only the age band changes.
		double older = ((Ogrs3.Score) Ogrs3.score(new Ogrs3.Input(Sex.MALE, conviction.minusYears(age + 1), conviction,
				null, null, 17, 5, OffenceCategory.VIOLENCE)))
			.twoYear();
		assertThat(older).isLessThanOrEqualTo(younger);
	}

}
