package org.openprobation.oversight;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.openprobation.oversight.domain.MultipleComparisons;
import org.openprobation.oversight.domain.TwoProportionTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Issue 29 (every figure right): equality monitoring reported 7 significant differences
 * among many comparisons without allowing for their number. Holm's correction, checked on
 * worked examples and its properties.
 */
class MultipleComparisonsTest {

	@Test
	void theTwoSidedPValueOfZ() {
		assertThat(TwoProportionTest.pTwoSided(0)).isCloseTo(1, within(1e-6));
		assertThat(TwoProportionTest.pTwoSided(1.959964)).isCloseTo(0.05, within(1e-5));
		assertThat(TwoProportionTest.pTwoSided(-2.575829)).isCloseTo(0.01, within(1e-5));
		assertThat(TwoProportionTest.pTwoSided(4.382)).isCloseTo(1.18e-5, within(1e-6));
	}

	@Test
	void holmStepsDownUntilTheFirstPValueAboveItsThreshold() {
		// four comparisons at 5%: thresholds 0.0125, 0.0167, 0.025, 0.05
		double[] p = { 0.04, 0.001, 0.012, 0.03 };
		// 0.001 <= 0.0125 yes; 0.012 <= 0.0167 yes; 0.03 > 0.025 stop: 0.04 not either
		assertThat(MultipleComparisons.holm(p, 0.05)).containsExactly(false, true, true, false);
		// uncorrected, all four would be "significant"
		for (double each : p) {
			assertThat(each).isLessThan(0.05);
		}
	}

	@Test
	void twentyComparisonsAtJustUnderFivePerCentFindNothing() {
		double[] p = new double[20];
		java.util.Arrays.fill(p, 0.049);
		assertThat(MultipleComparisons.holm(p, 0.05)).doesNotContain(true);
	}

	@Property
	void holmNeverFindsMoreThanTheUncorrectedTestsNorLessThanBonferroni(
			@ForAll @Size(min = 1, max = 40) java.util.List<@DoubleRange(min = 0, max = 1) Double> values) {
		double[] p = values.stream().mapToDouble(Double::doubleValue).toArray();
		boolean[] holm = MultipleComparisons.holm(p, 0.05);
		for (int i = 0; i < p.length; i++) {
			if (holm[i]) {
				assertThat(p[i]).isLessThanOrEqualTo(0.05);
			}
			if (p[i] <= 0.05 / p.length) {
				assertThat(holm[i]).as("Bonferroni's finding %s is Holm's too", p[i]).isTrue();
			}
		}
	}

	@Property
	void aSmallerPValueIsSignificantWheneverALargerOneIs(
			@ForAll @Size(min = 2, max = 40) java.util.List<@DoubleRange(min = 0, max = 1) Double> values) {
		double[] p = values.stream().mapToDouble(Double::doubleValue).toArray();
		boolean[] holm = MultipleComparisons.holm(p, 0.05);
		for (int i = 0; i < p.length; i++) {
			for (int j = 0; j < p.length; j++) {
				if (holm[j] && p[i] < p[j]) {
					assertThat(holm[i]).isTrue();
				}
			}
		}
	}

}
