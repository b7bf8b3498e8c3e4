package org.openprobation.allocation;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.openprobation.organisation.AreaRef;
import org.openprobation.organisation.Team;

/**
 * An area's workload team by team: cases, points against available points, the spread of
 * capacity inside each team, and cases waiting to be allocated; fullest team first.
 */
public record AreaWorkload(AreaRef area, List<TeamRow> teams) {

	public AreaWorkload {
		teams = List.copyOf(teams);
	}

	public record TeamRow(Team team, int practitioners, int cases, int points, int availablePoints,
			@Nullable BigDecimal capacityPercent, @Nullable BigDecimal lowest, @Nullable BigDecimal highest,
			int overCapacity, int waiting) {

		public boolean overCapacityTeam() {
			return capacityPercent != null && capacityPercent.compareTo(BigDecimal.valueOf(100)) > 0;
		}

	}

	public int totalCases() {
		return teams.stream().mapToInt(TeamRow::cases).sum();
	}

	public int totalWaiting() {
		return teams.stream().mapToInt(TeamRow::waiting).sum();
	}

	public int totalOverCapacity() {
		return teams.stream().mapToInt(TeamRow::overCapacity).sum();
	}

}
