package org.openprobation.planning;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.openprobation.assessment.domain.TierRule.Need;

/** Loads many plans at once (the demo generator). */
public interface PlansBulkLoad {

	void load(List<PlanRow> plans);

	void finish();

	/**
	 * Countersigns the plans of these cases as they stand, a few days after each last
	 * changed.
	 */
	int countersignPlansOf(java.util.Collection<Long> personIds, String by, java.time.LocalDate asOf);

	record PlanRow(long id, long personId, LocalDate createdOn, LocalDate dueBy, boolean agreed,
			List<ObjectiveRow> objectives) {
	}

	record ObjectiveRow(long id, String text, Set<Need> needs, boolean addressesRiskOfHarm, LocalDate targetDate,
			String status) {
	}

}
