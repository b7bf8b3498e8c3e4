package org.openprobation.oversight.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The workload distribution: how many practitioners' capacity falls under 80%, from 80%
 * to 100%, over 100% to 120% and over 120% (the bands of the workload measurement), with
 * a bar width relative to the fullest band; those with no capacity recorded are counted
 * apart, and shown only when there are some.
 */
public final class CapacityBands {

	/**
	 * The upper limits (inclusive but the first) of the first three bands, in percent.
	 */
	public static final int[] LIMITS = { 80, 100, 120 };

	/** The width of the fullest band's bar, in pixels. */
	static final int FULL_WIDTH = 300;

	private static final String[] LABELS = { "Under 80%", "80% to 100%", "Over 100% to 120%", "Over 120%",
			"No capacity recorded" };

	private CapacityBands() {
	}

	/** One band: its label, the practitioners in it and its bar's width. */
	public record Band(String label, int practitioners, int width) {
	}

	/** The bands of these practitioners' capacities (null where none is recorded). */
	public static List<Band> of(Collection<@Nullable BigDecimal> capacities) {
		int[] counts = new int[LABELS.length];
		for (BigDecimal capacity : capacities) {
			if (capacity == null) {
				counts[4]++;
				continue;
			}
			double c = capacity.doubleValue();
			counts[c < LIMITS[0] ? 0 : c <= LIMITS[1] ? 1 : c <= LIMITS[2] ? 2 : 3]++;
		}
		int max = Arrays.stream(counts).max().orElse(0);
		List<Band> bands = new ArrayList<>();
		for (int i = 0; i < LABELS.length; i++) {
			if (i == 4 && counts[i] == 0) {
				continue;
			}
			bands.add(new Band(LABELS[i], counts[i], max == 0 ? 0 : Math.round((float) FULL_WIDTH * counts[i] / max)));
		}
		return bands;
	}

}
