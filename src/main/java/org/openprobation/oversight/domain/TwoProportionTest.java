package org.openprobation.oversight.domain;

/**
 * Whether one group's rate differs from everyone else's by more than chance: the
 * two-proportion z test with a pooled proportion, at 95% (|z| &ge; 1.96), and only where
 * the groups are large enough to say so (at least 30 in each, and at least 5 expected
 * with and without the outcome in each).
 */
public final class TwoProportionTest {

	public static final double Z_95 = 1.959964;

	public static final int MINIMUM_GROUP = 30;

	private TwoProportionTest() {
	}

	/**
	 * {@code p}: the two-sided p-value of z; {@code differs}: at 95% for this test alone
	 * (a report of many tests corrects for them, {@link MultipleComparisons}).
	 */
	public record Result(double z, double p, boolean enoughToSay, boolean differs) {
	}

	/**
	 * @param x1 the group's cases with the outcome
	 * @param n1 the group's cases
	 * @param x2 everyone else's cases with the outcome
	 * @param n2 everyone else's cases
	 */
	public static Result of(long x1, long n1, long x2, long n2) {
		if (x1 < 0 || x2 < 0 || x1 > n1 || x2 > n2) {
			throw new IllegalArgumentException("Counts must be between 0 and their group's size");
		}
		if (n1 == 0 || n2 == 0) {
			return new Result(0, 1, false, false);
		}
		double pooled = (double) (x1 + x2) / (n1 + n2);
		boolean enough = n1 >= MINIMUM_GROUP && n2 >= MINIMUM_GROUP && n1 * pooled >= 5 && n1 * (1 - pooled) >= 5
				&& n2 * pooled >= 5 && n2 * (1 - pooled) >= 5;
		double se = Math.sqrt(pooled * (1 - pooled) * (1.0 / n1 + 1.0 / n2));
		double z = se == 0 ? 0 : ((double) x1 / n1 - (double) x2 / n2) / se;
		return new Result(z, pTwoSided(z), enough, enough && Math.abs(z) >= Z_95);
	}

	/** The two-sided p-value of a standard normal z: P(|Z| &ge; |z|). */
	public static double pTwoSided(double z) {
		return Math.min(1, erfc(Math.abs(z) / Math.sqrt(2)));
	}

	/**
	 * The complementary error function, to about 1e-7 (Numerical Recipes' erfc by
	 * Chebyshev fitting).
	 */
	static double erfc(double x) {
		double t = 1 / (1 + 0.5 * Math.abs(x));
		double y = t * Math
			.exp(-x * x - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806
					+ t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))));
		return x >= 0 ? y : 2 - y;
	}

}
