package org.openprobation.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Picks among choices in proportion to their weights. */
final class Weighted<T> {

	private final List<T> choices = new ArrayList<>();

	private final List<Double> cumulative = new ArrayList<>();

	private double total;

	Weighted<T> add(double weight, T choice) {
		if (weight <= 0) {
			throw new IllegalArgumentException("weights are positive");
		}
		total += weight;
		choices.add(choice);
		cumulative.add(total);
		return this;
	}

	T pick(SplittableRandom random) {
		double r = random.nextDouble() * total;
		int lo = 0;
		int hi = cumulative.size() - 1;
		while (lo < hi) {
			int mid = (lo + hi) >>> 1;
			if (cumulative.get(mid) > r) {
				hi = mid;
			}
			else {
				lo = mid + 1;
			}
		}
		return choices.get(lo);
	}

	static <T> T any(List<T> choices, SplittableRandom random) {
		return choices.get(random.nextInt(choices.size()));
	}

	/**
	 * Shares {@code total} out in proportion to {@code weights} in whole numbers that add
	 * up exactly (largest remainder).
	 */
	static int[] apportion(int total, double[] weights) {
		double sum = 0;
		for (double w : weights) {
			sum += w;
		}
		int[] shares = new int[weights.length];
		double[] remainders = new double[weights.length];
		int given = 0;
		for (int i = 0; i < weights.length; i++) {
			double exact = total * weights[i] / sum;
			shares[i] = (int) Math.floor(exact);
			remainders[i] = exact - shares[i];
			given += shares[i];
		}
		while (given < total) {
			int best = 0;
			for (int i = 1; i < remainders.length; i++) {
				if (remainders[i] > remainders[best]) {
					best = i;
				}
			}
			shares[best]++;
			remainders[best] = -1;
			given++;
		}
		return shares;
	}

}
