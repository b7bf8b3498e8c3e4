package org.openprobation.interventions;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A referral of a person to a service, with the date of each step. */
public record Referral(long id, long serviceId, long personId, @Nullable Long requirementId, boolean rar, String reason,
		ReferralStatus status, LocalDate sentOn, @Nullable LocalDate acceptedOn, @Nullable LocalDate startedOn,
		@Nullable LocalDate endedOn, @Nullable String statusReason, @Nullable String outcome, String referredBy,
		int version) {

	/** The date of the latest step, before which no next step can be dated. */
	public LocalDate lastStepOn() {
		if (endedOn != null) {
			return endedOn;
		}
		if (startedOn != null) {
			return startedOn;
		}
		return acceptedOn != null ? acceptedOn : sentOn;
	}

}
