package org.openprobation.contacts;

import java.util.Locale;
import java.util.Optional;

/**
 * Where a reminder is: waiting in the outbox, sent, failed after its attempts, or
 * cancelled with its appointment.
 */
public enum ReminderStatus {

	PENDING("govuk-tag--grey"), SENT("govuk-tag--green"), FAILED("govuk-tag--red"), CANCELLED("govuk-tag--grey");

	private final String tagClass;

	ReminderStatus(String tagClass) {
		this.tagClass = tagClass;
	}

	public String label() {
		return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
	}

	/** The GOV.UK tag colour the outbox shows it in. */
	public String tagClass() {
		return tagClass;
	}

	public static Optional<ReminderStatus> parse(String typed) {
		for (ReminderStatus status : values()) {
			if (status.name().equalsIgnoreCase(typed == null ? "" : typed.strip())) {
				return Optional.of(status);
			}
		}
		return Optional.empty();
	}

}
