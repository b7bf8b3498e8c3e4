package org.openprobation.contacts.domain;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Who reads a sensitive case note (issue 28): its author, the case's responsible officer
 * and the managers who oversee the case (senior probation officers and area managers of
 * the provider the gate has already let the reader into). Anyone else who may read the
 * case sees that a sensitive note is there, by whom and when, but not what it says.
 */
public final class NoteReading {

	/** The roles that read every sensitive note of a case they may read. */
	public static final Set<String> MANAGERS = Set.of("SPO", "AREA_MANAGER");

	private NoteReading() {
	}

	/** Whether the reader may read the sensitive notes of the case that others wrote. */
	public static boolean readsSensitive(@Nullable Long readerStaffId, Set<String> readerRoles,
			@Nullable Long officerStaffId) {
		if (readerRoles.stream().anyMatch(MANAGERS::contains)) {
			return true;
		}
		return readerStaffId != null && readerStaffId.equals(officerStaffId);
	}

	/** Whether the reader may read this note. */
	public static boolean reads(boolean sensitive, String author, String reader, boolean readsSensitive) {
		return !sensitive || readsSensitive || author.equals(reader);
	}

}
