package org.openprobation.inspection.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * How many cases the Inspectorate's sampler takes (inspection.md): the size from a
 * confidence and margin with finite population correction, the proportional split across
 * strata with a replacement buffer and the smallest-first and largest-first adjustments,
 * and the cap of 6 cases per responsible officer with the excess given to others in the
 * same office.
 */
public final class SampleAllocation {

	public static final int OFFICER_CAP = 6;

	private SampleAllocation() {
	}

	/** n for a proportion at worst case p = 0.5, with finite population correction. */
	public static int size(double confidence, double margin, int population) {
		if (confidence <= 0 || confidence >= 1) {
			throw new IllegalArgumentException("The confidence must be between 0 and 1");
		}
		if (margin <= 0 || margin >= 1) {
			throw new IllegalArgumentException("The margin must be between 0 and 1");
		}
		if (population <= 0) {
			return 0;
		}
		double z = inverseNormal(1 - (1 - confidence) / 2);
		double n0 = z * z * 0.25 / (margin * margin);
		return (int) Math.min(population, Math.ceil(n0 / (1 + (n0 - 1) / population) - 1e-9));
	}

	/**
	 * Cases per stratum for a requested n, populations per stratum and a buffer
	 * percentage.
	 */
	public static List<Integer> strata(int n, List<Integer> populations, int bufferPercent) {
		long total = populations.stream().mapToLong(Integer::longValue).sum();
		List<Integer> counts = new ArrayList<>();
		for (int size : populations) {
			int base = total == 0 ? 0 : Math.min(size, roundHalfUp((double) n * size / total));
			counts.add(Math.min(size, base + roundHalfUp(base * bufferPercent / 100.0)));
		}
		int target = (int) Math.min(total, n + roundHalfUp(n * bufferPercent / 100.0));
		List<Integer> ascending = IntStream.range(0, populations.size())
			.boxed()
			.sorted(Comparator.comparing((Integer i) -> populations.get(i)).thenComparing(i -> i))
			.toList();
		List<Integer> descending = IntStream.range(0, populations.size())
			.boxed()
			.sorted(Comparator.comparing((Integer i) -> -populations.get(i)).thenComparing(i -> i))
			.toList();
		while (sum(counts) < target) {
			boolean added = false;
			for (int i : ascending) {
				if (sum(counts) >= target) {
					break;
				}
				if (counts.get(i) < populations.get(i)) {
					counts.set(i, counts.get(i) + 1);
					added = true;
				}
			}
			if (!added) {
				break;
			}
		}
		while (sum(counts) > target) {
			for (int i : descending) {
				if (sum(counts) <= target) {
					break;
				}
				if (counts.get(i) > 0) {
					counts.set(i, counts.get(i) - 1);
				}
			}
		}
		return counts;
	}

	/** One officer's bucket: cases wanted from them and cases they have. */
	public record Officer(int wanted, int available) {
	}

	/**
	 * @param overCap cases wanted beyond the cap (or beyond what officers have) before
	 * any were given to others
	 * @param shortBy cases the sample still lacks after the excess was given out
	 */
	public record Capped(List<Integer> counts, int overCap, int shortBy) {

		public Capped {
			counts = List.copyOf(counts);
		}

	}

	/**
	 * Caps each officer of one office at 6 cases, giving the excess to those with cases
	 * to spare.
	 */
	public static Capped capOfficers(List<Officer> officers) {
		List<Integer> counts = new ArrayList<>();
		int excess = 0;
		for (Officer o : officers) {
			int assigned = Math.min(Math.min(o.wanted(), o.available()), OFFICER_CAP);
			counts.add(assigned);
			excess += o.wanted() - assigned;
		}
		int overCap = excess;
		while (excess > 0) {
			int best = -1;
			for (int i = 0; i < officers.size(); i++) {
				boolean spare = counts.get(i) < officers.get(i).available() && counts.get(i) < OFFICER_CAP;
				if (spare && (best < 0 || counts.get(i) < counts.get(best))) {
					best = i;
				}
			}
			if (best < 0) {
				break;
			}
			counts.set(best, counts.get(best) + 1);
			excess--;
		}
		return new Capped(counts, overCap, excess);
	}

	static int roundHalfUp(double value) {
		return BigDecimal.valueOf(value).setScale(0, RoundingMode.HALF_UP).intValue();
	}

	private static int sum(List<Integer> counts) {
		return counts.stream().mapToInt(Integer::intValue).sum();
	}

	/**
	 * The standard normal quantile (Acklam's rational approximation, relative error below
	 * 1.2e-9 after refinement).
	 */
	static double inverseNormal(double p) {
		double[] a = { -3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02, 1.383577518672690e+02,
				-3.066479806614716e+01, 2.506628277459239e+00 };
		double[] b = { -5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02, 6.680131188771972e+01,
				-1.328068155288572e+01 };
		double[] c = { -7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00, -2.549732539343734e+00,
				4.374664141464968e+00, 2.938163982698783e+00 };
		double[] d = { 7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00 };
		double low = 0.02425;
		double x;
		if (p < low) {
			double q = Math.sqrt(-2 * Math.log(p));
			x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
					/ ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
		}
		else if (p <= 1 - low) {
			double q = p - 0.5;
			double r = q * q;
			x = (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
					/ (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
		}
		else {
			double q = Math.sqrt(-2 * Math.log(1 - p));
			x = -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
					/ ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
		}
		return x;
	}

}
