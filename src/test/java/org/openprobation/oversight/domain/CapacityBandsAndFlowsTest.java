package org.openprobation.oversight.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.openprobation.oversight.Metric;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard's arithmetic: the workload distribution and the flow figures' windows.
 */
class CapacityBandsAndFlowsTest {

	private record E(Metric metric, LocalDate on, boolean counted) implements Flows.Event {
	}

	@Test
	void eachCapacityFallsInItsBandAndTheLimitsAreInclusiveAbove80() {
		List<CapacityBands.Band> bands = CapacityBands.of(Arrays.asList(new BigDecimal("79.99"), new BigDecimal("80"),
				new BigDecimal("100"), new BigDecimal("100.01"), new BigDecimal("120"), new BigDecimal("120.5"), null));
		assertThat(bands).extracting(CapacityBands.Band::label)
			.containsExactly("Under 80%", "80% to 100%", "Over 100% to 120%", "Over 120%", "No capacity recorded");
		assertThat(bands).extracting(CapacityBands.Band::practitioners).containsExactly(1, 2, 2, 1, 1);
		assertThat(bands.get(1).width()).isEqualTo(CapacityBands.FULL_WIDTH);
		assertThat(bands.get(0).width()).isEqualTo(CapacityBands.FULL_WIDTH / 2);
	}

	@Test
	void noPractitionersGiveEmptyBandsAndNoUnrecordedBand() {
		assertThat(CapacityBands.of(List.of())).hasSize(4).allMatch(b -> b.practitioners() == 0 && b.width() == 0);
	}

	@Property
	void everyPractitionerIsInExactlyOneBand(
			@ForAll @Size(max = 60) List<@IntRange(min = 0, max = 250) Integer> percents) {
		List<BigDecimal> capacities = percents.stream().map(BigDecimal::valueOf).toList();
		assertThat(CapacityBands.of(capacities).stream().mapToInt(CapacityBands.Band::practitioners).sum())
			.isEqualTo(percents.size());
	}

	@Test
	void theWindowIsTwelveMonthsToTheDateAndTheTrendTwelveCalendarMonths() {
		LocalDate asOf = LocalDate.of(2026, 11, 23);
		Flows flows = Flows.of(asOf,
				List.of(new E(Metric.ENFORCEMENT_ON_TIME, asOf, true),
						new E(Metric.ENFORCEMENT_ON_TIME, LocalDate.of(2025, 11, 24), false),
						// a day before the window, but inside the trend's first calendar
						// month? No:
						// the trend starts on 1 December 2025, so this one is in neither
						new E(Metric.ENFORCEMENT_ON_TIME, LocalDate.of(2025, 11, 23), true),
						new E(Metric.ENFORCEMENT_ON_TIME, asOf.plusDays(1), true),
						new E(Metric.ENFORCEMENT_ON_TIME, LocalDate.of(2025, 12, 1), true)));
		assertThat(flows.window(Metric.ENFORCEMENT_ON_TIME)).containsExactly(2, 3);
		assertThat(flows.month(Metric.ENFORCEMENT_ON_TIME, YearMonth.of(2025, 12))).containsExactly(1, 1);
		assertThat(flows.month(Metric.ENFORCEMENT_ON_TIME, YearMonth.of(2025, 11))).containsExactly(0, 0);
		assertThat(flows.month(Metric.ENFORCEMENT_ON_TIME, YearMonth.of(2026, 11))).containsExactly(1, 1);
		assertThat(flows.window(Metric.COMPLETION_COMMUNITY)).containsExactly(0, 0);
	}

}
