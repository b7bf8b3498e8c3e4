package org.openprobation.interventions;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.openprobation.interventions.domain.ReferralRule;

/**
 * A service's referrals now and over the last 12 months: awaiting a response, on the
 * waiting list (with the longest wait), under way, and how many of those that ended after
 * starting were completed.
 */
public record ServiceFigures(long serviceId, int awaitingResponse, int waiting, @Nullable LocalDate waitingSince,
		int started, int completedLast12Months, int withdrawnAfterStartingLast12Months, int rejectedLast12Months) {

	public static ServiceFigures none(long serviceId) {
		return new ServiceFigures(serviceId, 0, 0, null, 0, 0, 0, 0);
	}

	/** Completed as a share of those that ended after starting, or null when none did. */
	public @Nullable Integer completionPercent() {
		return ReferralRule.completionPercent(completedLast12Months, withdrawnAfterStartingLast12Months);
	}

}
