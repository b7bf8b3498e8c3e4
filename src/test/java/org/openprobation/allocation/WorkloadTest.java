package org.openprobation.allocation;

import java.math.BigDecimal;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.openprobation.allocation.domain.Workload;
import org.openprobation.allocation.domain.Workload.CaseKind;
import org.openprobation.allocation.domain.WorkloadSettings;

import static org.assertj.core.api.Assertions.assertThat;

class WorkloadTest {

	private final WorkloadSettings settings = WorkloadSettings.defaults();

	@Test
	void theWorkedExamplesOfTheSpecification() {
		// 37 contracted hours with 1.8 hours of reductions gives 2,070 available points
		BigDecimal fullTime = Workload.availableHours(settings, new BigDecimal("37"), List.of(new BigDecimal("1.8")));
		assertThat(Workload.availablePoints(settings, fullTime)).isEqualTo(2070);
		// 30 contracted hours and the same reductions gives 1,658
		BigDecimal partTime = Workload.availableHours(settings, new BigDecimal("30"), List.of(new BigDecimal("1.8")));
		assertThat(Workload.availablePoints(settings, partTime)).isEqualTo(1658);
	}

	@Test
	void pointsPerCaseComeFromTheTierAndKind() {
		assertThat(Workload.casePoints(settings, "A3", CaseKind.COMMUNITY)).isEqualTo(206);
		assertThat(Workload.casePoints(settings, "B2", CaseKind.LICENCE)).isEqualTo(132);
		assertThat(Workload.casePoints(settings, "C1", CaseKind.CUSTODY)).isEqualTo(23);
		assertThat(Workload.casePoints(settings, "D0", CaseKind.LICENCE)).isZero();
	}

	@Test
	void courtReportsWrittenInTheLastThirtyDaysCount() {
		java.time.LocalDate today = java.time.LocalDate.of(2026, 11, 23);
		var reports = List.of(java.util.Map.entry(Workload.CourtReport.STANDARD, today.minusDays(3)),
				java.util.Map.entry(Workload.CourtReport.FAST, today.minusDays(29)),
				java.util.Map.entry(Workload.CourtReport.STANDARD, today.minusDays(30)),
				java.util.Map.entry(Workload.CourtReport.FAST, today.plusDays(1)));
		// 138 for the standard report, 65 for the fast one; the 30-day-old and future
		// ones do not count
		assertThat(Workload.courtReportPoints(settings, reports, today)).isEqualTo(203);
	}

	@Test
	void aProviderThatChangesThePolicyGetsItsOwnFigures() {
		java.util.Map<String, int[]> points = new java.util.HashMap<>(settings.pointsByTier());
		points.put("A3", new int[] { 250, 219, 75 });
		WorkloadSettings changed = new WorkloadSettings(points, 150, 70, 2000, 36);
		assertThat(Workload.casePoints(changed, "A3", CaseKind.COMMUNITY)).isEqualTo(250);
		assertThat(Workload.availableHours(changed, null, List.of())).isEqualByComparingTo("36");
		// floor(2000 x 35 / 36) = 1944
		assertThat(Workload.availablePoints(changed, new BigDecimal("35"))).isEqualTo(1944);
		java.time.LocalDate today = java.time.LocalDate.of(2026, 11, 23);
		assertThat(
				Workload.courtReportPoints(changed, List.of(java.util.Map.entry(Workload.CourtReport.STANDARD, today),
						java.util.Map.entry(Workload.CourtReport.FAST, today)), today))
			.isEqualTo(220);
		// the defaults are untouched
		assertThat(Workload.casePoints(settings, "A3", CaseKind.COMMUNITY)).isEqualTo(206);
	}

	@Test
	void untieredAndUnsupervisedCasesScoreNothing() {
		assertThat(Workload.casePoints(settings, null, CaseKind.COMMUNITY)).isZero();
		assertThat(Workload.casePoints(settings, "B2S", CaseKind.LICENCE)).isZero();
	}

	@Test
	void noContractedHoursMeansThirtySevenAndNoHoursLeftMeansNoCapacity() {
		assertThat(Workload.availableHours(settings, null, List.of())).isEqualByComparingTo("37");
		assertThat(Workload.availablePoints(settings,
				Workload.availableHours(settings, new BigDecimal("37"), List.of(new BigDecimal("37")))))
			.isZero();
		assertThat(Workload.capacityPercent(500, 0)).isNull();
		assertThat(Workload.capacityPercent(2070, 2070)).isEqualByComparingTo("100.0");
		assertThat(Workload.capacityPercent(1000, 2176)).isEqualByComparingTo("46.0");
	}

	@Test
	void percentageReductionsAreRoundedAndCapped() {
		assertThat(Workload.reductionHours(new BigDecimal("37"), new BigDecimal("20"))).isEqualByComparingTo("7.40");
		assertThat(Workload.reductionHours(new BigDecimal("22.5"), new BigDecimal("150"))).isEqualByComparingTo("22.5");
	}

	@Property
	void moreReductionsNeverMeanMoreAvailablePoints(@ForAll @IntRange(min = 0, max = 480) int contractedTenths,
			@ForAll @IntRange(min = 0, max = 480) int reductionTenths) {
		BigDecimal contracted = BigDecimal.valueOf(contractedTenths, 1);
		int without = Workload.availablePoints(settings, Workload.availableHours(settings, contracted, List.of()));
		int with = Workload.availablePoints(settings,
				Workload.availableHours(settings, contracted, List.of(BigDecimal.valueOf(reductionTenths, 1))));
		assertThat(with).isBetween(0, without);
	}

}
