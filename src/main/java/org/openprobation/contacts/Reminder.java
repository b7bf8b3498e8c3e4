package org.openprobation.contacts;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A reminder of an appointment waiting in the outbox, or sent, or failed. */
public record Reminder(long id, long contactId, long personId, String channel, String address, String message,
		Instant sendAfter, ReminderStatus status, int attempts, @Nullable String lastError, @Nullable Instant sentAt) {

	/** When it is due to go, in London time, for display. */
	public java.time.LocalDateTime sendAfterLocal() {
		return java.time.LocalDateTime.ofInstant(sendAfter, java.time.ZoneId.of("Europe/London"));
	}

}
