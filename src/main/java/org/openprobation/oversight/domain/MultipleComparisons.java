package org.openprobation.oversight.domain;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Many groups tested at once: at 95% each, one in twenty comparisons would "differ" by
 * chance alone. Holm's step-down method keeps the chance of any false finding across the
 * whole family at 5%: the p-values in ascending order, the k-th (from 1) is significant
 * while it is at most alpha / (m - k + 1), and none after the first that is not.
 */
public final class MultipleComparisons {

	public static final double ALPHA = 0.05;

	private MultipleComparisons() {
	}

	/** Which of the p-values are significant after Holm's correction, in their order. */
	public static boolean[] holm(double[] p, double alpha) {
		int m = p.length;
		Integer[] order = new Integer[m];
		for (int i = 0; i < m; i++) {
			if (p[i] < 0 || p[i] > 1 || Double.isNaN(p[i])) {
				throw new IllegalArgumentException("A p-value lies between 0 and 1: " + p[i]);
			}
			order[i] = i;
		}
		Arrays.sort(order, Comparator.comparingDouble(i -> p[i]));
		boolean[] significant = new boolean[m];
		for (int k = 0; k < m; k++) {
			if (p[order[k]] > alpha / (m - k)) {
				break;
			}
			significant[order[k]] = true;
		}
		return significant;
	}

}
