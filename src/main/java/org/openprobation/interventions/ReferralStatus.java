package org.openprobation.interventions;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a referral stands: sent to the service, accepted onto its waiting list, started,
 * and ended as completed, rejected or withdrawn.
 */
public enum ReferralStatus {

	SENT("Sent: awaiting a response", "grey"), ACCEPTED("Accepted: waiting to start", "light-blue"),
	STARTED("Started", "blue"), COMPLETED("Completed", "green"), REJECTED("Rejected", "red"),
	WITHDRAWN("Withdrawn", "orange");

	private final String label;

	private final String colour;

	ReferralStatus(String label, String colour) {
		this.label = label;
		this.colour = colour;
	}

	public String label() {
		return label;
	}

	public String colour() {
		return colour;
	}

	/** The statuses a referral can move to from this one. */
	public Set<ReferralStatus> next() {
		return switch (this) {
			case SENT -> EnumSet.of(ACCEPTED, REJECTED, WITHDRAWN);
			case ACCEPTED -> EnumSet.of(STARTED, WITHDRAWN);
			case STARTED -> EnumSet.of(COMPLETED, WITHDRAWN);
			case COMPLETED, REJECTED, WITHDRAWN -> EnumSet.noneOf(ReferralStatus.class);
		};
	}

	/** Still open: sent, on the waiting list or under way. */
	public boolean live() {
		return this == SENT || this == ACCEPTED || this == STARTED;
	}

	/** Sessions are booked and recorded while the referral is under way. */
	public boolean takesSessions() {
		return this == STARTED;
	}

	/** Moving here needs a reason (why it was rejected or withdrawn). */
	public boolean needsReason() {
		return this == REJECTED || this == WITHDRAWN;
	}

	/** Moving here needs the outcome (what the person achieved). */
	public boolean needsOutcome() {
		return this == COMPLETED;
	}

	/** The verb for the button that moves a referral here. */
	public String action() {
		return switch (this) {
			case SENT -> "Send";
			case ACCEPTED -> "Record acceptance";
			case STARTED -> "Record the start";
			case COMPLETED -> "Record completion";
			case REJECTED -> "Record rejection";
			case WITHDRAWN -> "Withdraw";
		};
	}

}
