package org.openprobation.oversight;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.openprobation.oversight.domain.TwoProportionTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The two-proportion test that flags a group's rate against the rest. */
class TwoProportionTestTest {

	@Test
	void aWorkedExample() {
		// 30 of 100 against 20 of 200: pooled 50/300, z = (0.3 - 0.1) / sqrt(1/6 * 5/6 *
		// (1/100 + 1/200)) = 4.38
		TwoProportionTest.Result r = TwoProportionTest.of(30, 100, 20, 200);
		assertThat(r.z()).isCloseTo(4.382, within(0.001));
		assertThat(r.enoughToSay()).isTrue();
		assertThat(r.differs()).isTrue();
	}

	@Test
	void aSmallDifferenceIsChanceAndASmallGroupIsTooFewToSay() {
		TwoProportionTest.Result chance = TwoProportionTest.of(11, 100, 20, 200);
		assertThat(chance.enoughToSay()).isTrue();
		assertThat(chance.differs()).isFalse();
		TwoProportionTest.Result few = TwoProportionTest.of(20, 29, 20, 200);
		assertThat(few.enoughToSay()).isFalse();
		assertThat(few.differs()).isFalse();
		// enough people but too few expected with the outcome
		assertThat(TwoProportionTest.of(2, 100, 1, 200).enoughToSay()).isFalse();
		assertThat(TwoProportionTest.of(0, 0, 1, 200).differs()).isFalse();
		assertThatThrownBy(() -> TwoProportionTest.of(5, 4, 1, 10)).isInstanceOf(IllegalArgumentException.class);
	}

	@Property
	void swappingTheGroupsNegatesZ(@ForAll @IntRange(min = 1, max = 500) int n1,
			@ForAll @IntRange(min = 1, max = 500) int n2, @ForAll @IntRange(min = 0, max = 500) int a,
			@ForAll @IntRange(min = 0, max = 500) int b) {
		int x1 = a % (n1 + 1);
		int x2 = b % (n2 + 1);
		TwoProportionTest.Result one = TwoProportionTest.of(x1, n1, x2, n2);
		TwoProportionTest.Result other = TwoProportionTest.of(x2, n2, x1, n1);
		assertThat(one.z()).isCloseTo(-other.z(), within(1e-9));
		assertThat(one.differs()).isEqualTo(other.differs());
	}

	@Property
	void equalRatesNeverDiffer(@ForAll @IntRange(min = 1, max = 50) int k, @ForAll @IntRange(min = 0, max = 10) int x,
			@ForAll @IntRange(min = 1, max = 20) int m) {
		int n = 10 * k;
		int x1 = Math.min(x * k, n);
		TwoProportionTest.Result r = TwoProportionTest.of(x1, n, (long) x1 * m, (long) n * m);
		assertThat(r.z()).isCloseTo(0, within(1e-9));
		assertThat(r.differs()).isFalse();
	}

}
