package org.openprobation.unpaidwork;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A call, text, email or site problem for the unpaid-work team, and its answer. */
public record Message(long id, @Nullable Long personId, @Nullable String crn, @Nullable Long sessionId, String channel,
		String fromWho, String body, Instant receivedAt, String loggedBy, @Nullable Instant respondedAt,
		@Nullable String respondedBy, @Nullable String response) {

	public boolean answered() {
		return respondedAt != null;
	}

	/** Minutes from receipt to answer, or to now while unanswered. */
	public long minutesWaiting(Instant now) {
		return Duration.between(receivedAt, respondedAt != null ? respondedAt : now).toMinutes();
	}

	public String waitingLabel(Instant now) {
		long minutes = minutesWaiting(now);
		if (minutes < 60) {
			return minutes + " min";
		}
		if (minutes < 48 * 60) {
			return (minutes / 60) + " h " + (minutes % 60) + " min";
		}
		return (minutes / (24 * 60)) + " days";
	}

	public String channelLabel() {
		return switch (channel) {
			case "CALL" -> "Phone call";
			case "TEXT" -> "Text message";
			case "EMAIL" -> "Email";
			default -> "Site problem";
		};
	}

}
