package org.openprobation.people;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

/** How a person prefers to be contacted, and what that needs on their record. */
public enum ContactChannel {

	TEXT_MESSAGE("Text message", true, false), PHONE("Phone call", true, false), EMAIL("E-mail", false, true),
	LETTER("Letter", false, false);

	private final String label;

	private final boolean needsPhone;

	private final boolean needsEmail;

	ContactChannel(String label, boolean needsPhone, boolean needsEmail) {
		this.label = label;
		this.needsPhone = needsPhone;
		this.needsEmail = needsEmail;
	}

	public String label() {
		return label;
	}

	/** A phone number is needed to contact the person this way. */
	public boolean needsPhone() {
		return needsPhone;
	}

	/** An e-mail address is needed to contact the person this way. */
	public boolean needsEmail() {
		return needsEmail;
	}

	/** The channel a code names, if it names one. */
	public static Optional<ContactChannel> of(@Nullable String code) {
		for (ContactChannel c : values()) {
			if (c.name().equals(code)) {
				return Optional.of(c);
			}
		}
		return Optional.empty();
	}

}
