package org.openprobation.demo;

import java.util.Arrays;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WeightedTest {

	@net.jqwik.api.Provide
	net.jqwik.api.Arbitrary<double[]> weights() {
		return net.jqwik.api.Arbitraries.doubles().between(0.01, 10).array(double[].class).ofMinSize(1).ofMaxSize(60);
	}

	@Test
	void apportionsInProportionUsingTheLargestRemainder() {
		assertThat(Weighted.apportion(10, new double[] { 1, 1, 1 })).containsExactly(4, 3, 3);
		assertThat(Weighted.apportion(29_473, new double[] { 1, 1 })).containsExactly(14_737, 14_736);
	}

	@Property
	void sharesAlwaysAddUpExactlyAndStayWithinOneOfTheExactShare(@ForAll @IntRange(min = 0, max = 300_000) int total,
			@ForAll("weights") double[] weights) {
		int[] shares = Weighted.apportion(total, weights);
		assertThat(Arrays.stream(shares).sum()).isEqualTo(total);
		double sum = Arrays.stream(weights).sum();
		for (int i = 0; i < weights.length; i++) {
			assertThat(Math.abs(shares[i] - total * weights[i] / sum)).isLessThan(1.0 + 1e-9);
		}
	}

}
