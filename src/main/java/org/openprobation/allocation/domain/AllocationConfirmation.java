package org.openprobation.allocation.domain;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An allocation the manager must confirm with a reason rather than make in one click: the
 * chosen practitioner would be over capacity, or the case carries risk flags and has no
 * risk of serious harm assessment (issue 29: a self-harm-flagged, unassessed case was
 * allocated in one click while every option was over capacity).
 */
public final class AllocationConfirmation {

	private AllocationConfirmation() {
	}

	/** What the manager confirms, in words; empty when nothing needs confirming. */
	public static List<String> needed(String practitioner, java.math.@Nullable BigDecimal capacityAfter,
			List<String> flags, @Nullable String roshLevel) {
		List<String> reasons = new ArrayList<>();
		if (capacityAfter != null && capacityAfter.compareTo(java.math.BigDecimal.valueOf(100)) > 0) {
			reasons.add(practitioner + " would be at " + capacityAfter.stripTrailingZeros().toPlainString()
					+ "% of capacity");
		}
		if (!flags.isEmpty() && roshLevel == null) {
			reasons.add("the case is flagged (" + String.join(", ", flags)
					+ ") and has no risk of serious harm assessment");
		}
		return reasons;
	}

}
