package org.openprobation.assessment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openprobation.assessment.domain.Ogrs3;
import org.openprobation.assessment.domain.Sex;
import org.openprobation.assessment.domain.TierRule;
import org.openprobation.sentences.OffenceCategory;

/**
 * Throughput of the calculators' domain code. Run with {@code bash bench/calculators.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CalculatorBenchmark {

	private final Ogrs3.Input ogrs = new Ogrs3.Input(Sex.MALE, LocalDate.of(1975, 4, 29), LocalDate.of(2009, 2, 19),
			LocalDate.of(2020, 1, 14), null, 17, 21, OffenceCategory.DRUG_IMPORT_EXPORT_PRODUCTION);

	private final TierRule.Inputs tier = new TierRule.Inputs(Sex.FEMALE, TierRule.RoshLevel.MEDIUM,
			new BigDecimal("4.20"), null,
			Set.of(TierRule.ComplexityFactor.MENTAL_HEALTH, TierRule.ComplexityFactor.VULNERABILITY),
			new TierRule.WomenFactors(true, false, true), true, true,
			Map.of(TierRule.Need.THINKING_AND_BEHAVIOUR, TierRule.NeedSeverity.SEVERE, TierRule.Need.ALCOHOL_MISUSE,
					TierRule.NeedSeverity.STANDARD, TierRule.Need.ACCOMMODATION, TierRule.NeedSeverity.STANDARD),
			57, false, false);

	@Benchmark
	public Ogrs3.Result ogrs3() {
		return Ogrs3.score(ogrs);
	}

	@Benchmark
	public TierRule.Tier tier() {
		return TierRule.calculate(tier);
	}

}
