package org.openprobation.contacts;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What a case note records: what was discussed at a contact, or a note of its own kind
 * about the case.
 */
public enum NoteType {

	CONTACT("Contact"), CASE_NOTE("Case note"), PHONE_CALL("Phone call"), EMAIL_OR_LETTER("E-mail or letter"),
	INFORMATION_RECEIVED("Information received"), OVERSIGHT("Management oversight");

	private final String label;

	NoteType(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/**
	 * The kinds a user writes on their own (a contact's note is written on the contact).
	 */
	public static List<NoteType> ofTheirOwn() {
		return Arrays.stream(values()).filter(t -> t != CONTACT).toList();
	}

	public static Optional<NoteType> parse(String text) {
		return Arrays.stream(values()).filter(t -> t.name().equalsIgnoreCase(text.strip())).findFirst();
	}

}
