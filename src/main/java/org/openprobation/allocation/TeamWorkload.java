package org.openprobation.allocation;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.openprobation.organisation.StaffMember;
import org.openprobation.organisation.Team;

/**
 * A team's workload: each practitioner's cases, points, available points and capacity,
 * fullest first.
 */
public record TeamWorkload(Team team, List<PractitionerWorkload> practitioners) {

	public TeamWorkload {
		practitioners = List.copyOf(practitioners);
	}

	public record PractitionerWorkload(StaffMember practitioner, int cases, int points, BigDecimal reductionHours,
			int availablePoints, @Nullable BigDecimal capacityPercent, int courtReportPoints) {

		public boolean overCapacity() {
			return capacityPercent != null && capacityPercent.compareTo(BigDecimal.valueOf(100)) > 0;
		}

	}

	public int totalCases() {
		return practitioners.stream().mapToInt(PractitionerWorkload::cases).sum();
	}

	public @Nullable BigDecimal lowestCapacity() {
		return practitioners.stream()
			.map(PractitionerWorkload::capacityPercent)
			.filter(c -> c != null)
			.min(BigDecimal::compareTo)
			.orElse(null);
	}

	public @Nullable BigDecimal highestCapacity() {
		return practitioners.stream()
			.map(PractitionerWorkload::capacityPercent)
			.filter(c -> c != null)
			.max(BigDecimal::compareTo)
			.orElse(null);
	}

}
