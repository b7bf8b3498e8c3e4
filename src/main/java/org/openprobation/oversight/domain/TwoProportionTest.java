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

	public record Result(double z, boolean enoughToSay, boolean differs) {
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
			return new Result(0, false, false);
		}
		double pooled = (double) (x1 + x2) / (n1 + n2);
		boolean enough = n1 >= MINIMUM_GROUP && n2 >= MINIMUM_GROUP && n1 * pooled >= 5 && n1 * (1 - pooled) >= 5
				&& n2 * pooled >= 5 && n2 * (1 - pooled) >= 5;
		double se = Math.sqrt(pooled * (1 - pooled) * (1.0 / n1 + 1.0 / n2));
		double z = se == 0 ? 0 : ((double) x1 / n1 - (double) x2 / n2) / se;
		return new Result(z, enough, enough && Math.abs(z) >= Z_95);
	}

}
