package org.openprobation.allocation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** Loads workload reductions at once (the demo generator). */
public interface ReductionsBulkLoad {

	void load(List<Reduction> reductions);

	record Reduction(long staffId, String reason, BigDecimal hours, LocalDate startsOn, @Nullable LocalDate endsOn) {

		/**
		 * A reduction given as a percentage of contracted hours (rounded to 2 decimals,
		 * capped at the hours).
		 */
		public static Reduction percentOf(long staffId, String reason, BigDecimal contractedHours, BigDecimal percent,
				LocalDate startsOn, @Nullable LocalDate endsOn) {
			return new Reduction(staffId, reason,
					org.openprobation.allocation.domain.Workload.reductionHours(contractedHours, percent), startsOn,
					endsOn);
		}

	}

	/** Court reports recently written by some probation officers; answers how many. */
	int loadDemoCourtReports(java.time.LocalDate asOf, long seed);

}
