package org.openprobation.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.openprobation.allocation.ReductionsBulkLoad;
import org.openprobation.organisation.OrganisationBulkLoad;
import org.openprobation.organisation.StaffGrade;

/**
 * Workload reductions for the generated staff: the specialist-role allowance the
 * inspection found missing (20%), some long-term sickness, newly qualified officers and
 * short leave.
 */
final class ReductionGenerator {

	private ReductionGenerator() {
	}

	static List<ReductionsBulkLoad.Reduction> reductions(OrganisationBulkLoad.Snapshot snapshot, long seed,
			LocalDate asOf) {
		SplittableRandom random = new SplittableRandom(seed * 131 + 7);
		List<ReductionsBulkLoad.Reduction> reductions = new ArrayList<>();
		for (OrganisationBulkLoad.Staff staff : snapshot.staff()) {
			if (!staff.grade().holdsCases()) {
				continue;
			}
			BigDecimal hours = staff.contractedHours();
			if (staff.specialistRole() != null) {
				reductions.add(ReductionsBulkLoad.Reduction.percentOf(staff.id(),
						"Specialist role: " + staff.specialistRole().label(), hours, new BigDecimal("20"),
						staff.startDate(), null));
			}
			double r = random.nextDouble();
			if (r < 0.02) {
				reductions.add(new ReductionsBulkLoad.Reduction(staff.id(), "Long-term sickness", hours,
						asOf.minusDays(10 + random.nextInt(60)), asOf.plusDays(10 + random.nextInt(60))));
			}
			else if (r < 0.06 && staff.grade() == StaffGrade.PROBATION_OFFICER) {
				LocalDate qualified = asOf.minusDays(random.nextInt(250));
				reductions.add(ReductionsBulkLoad.Reduction.percentOf(staff.id(), "Newly qualified officer", hours,
						new BigDecimal("20"), qualified, qualified.plusMonths(9)));
			}
			else if (r < 0.09) {
				LocalDate from = asOf.minusDays(random.nextInt(5));
				reductions
					.add(new ReductionsBulkLoad.Reduction(staff.id(), "Annual leave", hours, from, from.plusDays(6)));
			}
		}
		return reductions;
	}

}
