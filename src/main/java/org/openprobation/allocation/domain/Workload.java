package org.openprobation.allocation.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Workload rules of {@code workload.md}: a case's points from its tier and kind (untiered
 * and unsupervised {@code S} tiers score 0), available points from contracted hours less
 * reductions, and capacity as points over available points.
 */
public final class Workload {

	private Workload() {
	}

	/**
	 * The kind of case for points: community orders and SSOs, licences and PSS,
	 * pre-release custody.
	 */
	public enum CaseKind {

		COMMUNITY, LICENCE, CUSTODY

	}

	public static int casePoints(WorkloadSettings settings, @Nullable String tier, CaseKind kind) {
		if (tier == null || tier.endsWith("S")) {
			return 0;
		}
		return settings.points(tier, kind);
	}

	/**
	 * Kinds of court report (a standard pre-sentence report, a fast one), whose points
	 * are policy.
	 */
	public enum CourtReport {

		STANDARD, FAST

	}

	/** Reports count for this many days after they were written. */
	public static final int COURT_REPORT_DAYS = 30;

	/** The points of the court reports written within the last 30 days of a date. */
	public static int courtReportPoints(WorkloadSettings settings,
			List<java.util.Map.Entry<CourtReport, java.time.LocalDate>> reports, java.time.LocalDate on) {
		int points = 0;
		for (var report : reports) {
			if (!report.getValue().isAfter(on) && report.getValue().isAfter(on.minusDays(COURT_REPORT_DAYS))) {
				points += settings.reportPoints(report.getKey());
			}
		}
		return points;
	}

	/**
	 * Contracted hours (the full-time week when none are recorded) less reductions, never
	 * below zero.
	 */
	public static BigDecimal availableHours(WorkloadSettings settings, @Nullable BigDecimal contractedHours,
			List<BigDecimal> reductions) {
		BigDecimal hours = contractedHours == null ? settings.fullTimeWeek() : contractedHours;
		for (BigDecimal reduction : reductions) {
			hours = hours.subtract(reduction);
		}
		return hours.max(BigDecimal.ZERO);
	}

	/**
	 * floor(full-time points x available hours / full-time hours), 0 when no hours are
	 * available.
	 */
	public static int availablePoints(WorkloadSettings settings, BigDecimal availableHours) {
		if (availableHours.signum() <= 0) {
			return 0;
		}
		return BigDecimal.valueOf(settings.fullTimePoints())
			.multiply(availableHours)
			.divide(settings.fullTimeWeek(), 0, RoundingMode.FLOOR)
			.intValueExact();
	}

	/**
	 * Workload points over available points, as a percentage to 0.1; null when nothing is
	 * available.
	 */
	public static @Nullable BigDecimal capacityPercent(int points, int availablePoints) {
		if (availablePoints <= 0) {
			return null;
		}
		return BigDecimal.valueOf(points * 100L).divide(BigDecimal.valueOf(availablePoints), 1, RoundingMode.HALF_UP);
	}

	/**
	 * A reduction given as a percentage of contracted hours: rounded to 2 decimals,
	 * capped at the contracted hours.
	 */
	public static BigDecimal reductionHours(BigDecimal contractedHours, BigDecimal percent) {
		BigDecimal hours = contractedHours.multiply(percent).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
		return hours.min(contractedHours);
	}

}
