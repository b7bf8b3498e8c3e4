package org.openprobation.allocation.domain;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The workload measurement policy (provider configuration, {@code workload.md}: "every
 * number is provider configuration"): points per case by tier and kind, the points of a
 * court report, the points a full-time practitioner can carry and the full-time week.
 * Defaults are the public Workload Measurement Tool figures.
 *
 * @param pointsByTier points per tier as {community, licence, custody}
 */
public record WorkloadSettings(Map<String, int[]> pointsByTier, int standardReportPoints, int fastReportPoints,
		int fullTimePoints, int fullTimeHours) {

	/** The tiers that score points, in the specification's order. */
	public static final List<String> TIERS = List.of("A3", "A2", "A1", "A0", "B3", "B2", "B1", "B0", "C3", "C2", "C1",
			"C0", "D3", "D2", "D1", "D0");

	public WorkloadSettings {
		Map<String, int[]> copy = new LinkedHashMap<>();
		pointsByTier.forEach((tier, points) -> copy.put(tier, points.clone()));
		pointsByTier = java.util.Collections.unmodifiableMap(copy);
	}

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
				138, 65, 2176, 37);
	}

	/** The points of a tier for a kind of case (0 for a tier the table does not hold). */
	public int points(String tier, Workload.CaseKind kind) {
		int[] points = pointsByTier.get(tier);
		return points == null ? 0 : points[kind.ordinal()];
	}

	public int reportPoints(Workload.CourtReport report) {
		return switch (report) {
			case STANDARD -> standardReportPoints;
			case FAST -> fastReportPoints;
		};
	}

	/** The full-time week as hours, for the capacity arithmetic. */
	public BigDecimal fullTimeWeek() {
		return BigDecimal.valueOf(fullTimeHours);
	}

}
