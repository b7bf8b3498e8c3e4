package org.openprobation.allocation.domain;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The workload measurement policy (provider configuration): points per case by tier and
 * kind, the points a full-time practitioner can carry, and the full-time week. Defaults
 * are the public Workload Measurement Tool figures of {@code workload.md}.
 */
public record WorkloadSettings(Map<String, int[]> pointsByTier, int fullTimePoints, BigDecimal fullTimeHours) {

	/** Points per tier as {community, licence, custody}. */
	public static WorkloadSettings defaults() {
		return new WorkloadSettings(
				Map.ofEntries(Map.entry("A3", new int[] { 206, 219, 75 }), Map.entry("A2", new int[] { 158, 175, 60 }),
						Map.entry("A1", new int[] { 146, 163, 59 }), Map.entry("A0", new int[] { 110, 0, 0 }),
						Map.entry("B3", new int[] { 146, 161, 59 }), Map.entry("B2", new int[] { 115, 132, 48 }),
						Map.entry("B1", new int[] { 102, 119, 47 }), Map.entry("B0", new int[] { 72, 0, 0 }),
						Map.entry("C3", new int[] { 79, 77, 30 }), Map.entry("C2", new int[] { 63, 65, 24 }),
						Map.entry("C1", new int[] { 50, 52, 23 }), Map.entry("C0", new int[] { 35, 0, 0 }),
						Map.entry("D3", new int[] { 51, 51, 17 }), Map.entry("D2", new int[] { 41, 43, 14 }),
						Map.entry("D1", new int[] { 29, 31, 13 }), Map.entry("D0", new int[] { 29, 0, 0 })),
				2176, new BigDecimal("37"));
	}

}
