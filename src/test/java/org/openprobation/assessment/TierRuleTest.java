package org.openprobation.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.openprobation.assessment.domain.Sex;
import org.openprobation.assessment.domain.TierRule;
import org.openprobation.assessment.domain.TierRule.ComplexityFactor;
import org.openprobation.assessment.domain.TierRule.Inputs;
import org.openprobation.assessment.domain.TierRule.Need;
import org.openprobation.assessment.domain.TierRule.NeedSeverity;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class TierRuleTest {

	static Inputs inputs(JsonNode in) {
		Set<ComplexityFactor> factors = EnumSet.noneOf(ComplexityFactor.class);
		in.get("complexityFactors").forEach(f -> factors.add(ComplexityFactor.valueOf(f.asString())));
		Map<Need, NeedSeverity> needs = new EnumMap<>(Need.class);
		in.get("needs")
			.properties()
			.forEach(e -> needs.put(Need.valueOf(e.getKey()), NeedSeverity.valueOf(e.getValue().asString())));
		JsonNode women = in.get("womenFactors");
		return new Inputs(Sex.valueOf(in.get("sex").asString()),
				in.get("roshLevel").isNull() ? null : TierRule.RoshLevel.valueOf(in.get("roshLevel").asString()),
				in.get("rsrPercent").isNull() ? null : in.get("rsrPercent").decimalValue(),
				in.get("mappaLevel").isNull() ? null : TierRule.MappaLevel.valueOf(in.get("mappaLevel").asString()),
				factors,
				new TierRule.WomenFactors(women.get("parentingResponsibilities").asBoolean(),
						women.get("impulsivityOrTemperProblem").asBoolean(),
						women.get("breachOrRecallInLastYear").asBoolean()),
				in.get("mandateForChange").asBoolean(), in.get("validAssessment").asBoolean(), needs,
				in.get("ogrsPercent").asInt(), in.get("iomNominal").asBoolean(), in.get("unsupervised").asBoolean());
	}

	@TestFactory
	Stream<DynamicTest> reproducesEveryPublishedScenario() {
		List<DynamicTest> tests = new ArrayList<>();
		for (JsonNode example : Ogrs3Test.examples("tiering-v2.json")) {
			tests.add(DynamicTest.dynamicTest(example.get("scenario").asString(), () -> {
				TierRule.Tier tier = TierRule.calculate(inputs(example.get("input")));
				JsonNode expect = example.get("expect");
				if (expect.has("protectPoints")) {
					assertThat(tier.protectPoints()).isEqualTo(expect.get("protectPoints").asInt());
				}
				if (expect.has("protectLevel")) {
					assertThat(tier.protectLevel()).isEqualTo(expect.get("protectLevel").asString());
				}
				if (expect.has("changePoints")) {
					assertThat(tier.changePoints()).isEqualTo(expect.get("changePoints").asInt());
				}
				if (expect.has("changeLevel")) {
					assertThat(tier.changeLevel()).isEqualTo(expect.get("changeLevel").asInt());
				}
				if (expect.has("tier")) {
					assertThat(tier.code()).isEqualTo(expect.get("tier").asString());
				}
			}));
		}
		assertThat(tests).hasSize(116);
		return tests.stream();
	}

	private static Inputs base(Sex sex) {
		return new Inputs(sex, null, null, null, Set.of(), TierRule.WomenFactors.none(), true, true, Map.of(), 0, false,
				false);
	}

	@Test
	void aTypicalCase() {
		Inputs in = new Inputs(Sex.MALE, TierRule.RoshLevel.MEDIUM, new BigDecimal("2.5"), null,
				Set.of(ComplexityFactor.MENTAL_HEALTH), TierRule.WomenFactors.none(), true, true,
				Map.of(Need.THINKING_AND_BEHAVIOUR, NeedSeverity.SEVERE, Need.ALCOHOL_MISUSE, NeedSeverity.STANDARD),
				64, false, false);
		TierRule.Tier tier = TierRule.calculate(in);
		// protect: RoSH medium 10 + one complexity factor 2 = 12 (C); change: 2x2 + 1x1 +
		// 6 = 11 (2)
		assertThat(tier.code()).isEqualTo("C2");
	}

	@Test
	void unsupervisedCasesCarryAnS() {
		Inputs in = new Inputs(Sex.MALE, TierRule.RoshLevel.HIGH, null, null, Set.of(), TierRule.WomenFactors.none(),
				true, false, Map.of(), 0, false, true);
		assertThat(TierRule.calculate(in).code()).isEqualTo("B2S");
	}

	@Test
	void womensFactorsCountForWomenOnly() {
		TierRule.WomenFactors all = new TierRule.WomenFactors(true, true, true);
		Inputs woman = new Inputs(Sex.FEMALE, null, null, null, Set.of(), all, false, false, Map.of(), 0, false, false);
		Inputs man = new Inputs(Sex.MALE, null, null, null, Set.of(), all, false, false, Map.of(), 0, false, false);
		assertThat(TierRule.calculate(woman).protectPoints()).isEqualTo(6);
		assertThat(TierRule.calculate(man).protectPoints()).isZero();
	}

	@Property
	void addingAProtectFactorNeverLowersTheProtectLevel(@ForAll("cases") Inputs in, @ForAll ComplexityFactor factor) {
		Set<ComplexityFactor> more = EnumSet.of(factor);
		more.addAll(in.complexityFactors());
		Inputs added = new Inputs(in.sex(), in.rosh(), in.rsrPercent(), in.mappa(), more, in.womenFactors(),
				in.mandateForChange(), in.validAssessment(), in.needs(), in.ogrsPercent(), in.iomNominal(),
				in.unsupervised());
		TierRule.Tier before = TierRule.calculate(in);
		TierRule.Tier after = TierRule.calculate(added);
		assertThat(after.protectPoints()).isGreaterThanOrEqualTo(before.protectPoints());
		assertThat(after.protectLevel().compareTo(before.protectLevel())).isLessThanOrEqualTo(0);
	}

	@Property
	void raisingRoshNeverLowersTheProtectLevel(@ForAll("cases") Inputs in) {
		Inputs veryHigh = new Inputs(in.sex(), TierRule.RoshLevel.VERY_HIGH, in.rsrPercent(), in.mappa(),
				in.complexityFactors(), in.womenFactors(), in.mandateForChange(), in.validAssessment(), in.needs(),
				in.ogrsPercent(), in.iomNominal(), in.unsupervised());
		assertThat(TierRule.calculate(veryHigh).protectLevel()).isEqualTo("A");
	}

	@Provide
	Arbitrary<Inputs> cases() {
		Arbitrary<Sex> sex = Arbitraries.of(Sex.class);
		Arbitrary<TierRule.RoshLevel> rosh = Arbitraries.of(TierRule.RoshLevel.class).injectNull(0.2);
		Arbitrary<BigDecimal> rsr = Arbitraries.bigDecimals()
			.between(BigDecimal.ZERO, new BigDecimal("99.99"))
			.ofScale(2)
			.injectNull(0.3);
		Arbitrary<TierRule.MappaLevel> mappa = Arbitraries.of(TierRule.MappaLevel.class).injectNull(0.7);
		Arbitrary<Set<ComplexityFactor>> factors = Arbitraries.of(ComplexityFactor.class).set().ofMaxSize(4);
		Arbitrary<Integer> ogrs = Arbitraries.integers().between(0, 99);
		Arbitrary<Boolean> flag = Arbitraries.of(true, false);
		return Combinators.combine(sex, rosh, rsr, mappa, factors, ogrs, flag, flag)
			.as((s, r, q, m, f, o, mandate, valid) -> new Inputs(s, r, q, m, f, TierRule.WomenFactors.none(), mandate,
					valid, Map.of(Need.ATTITUDES, NeedSeverity.STANDARD), o, false, false));
	}

}
