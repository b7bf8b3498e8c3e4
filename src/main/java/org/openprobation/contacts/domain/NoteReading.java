package org.openprobation.contacts.domain;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Who reads a sensitive case note (issue 28, item 1: "seen only by the case's officer,
 * their managers and named roles"): its author; the case's responsible officer; the
 * managers who oversee the case (the senior probation officer of its team and the area
 * manager of its area, as the gate judges {@code OVERSEE}); and the roles the provider
 * names in its policy ({@link Settings}: none by default). Anyone else who may read the
 * case sees that a sensitive note is there, by whom and when, but not what it says. A
 * note is never given to the person in an export of their record.
 */
public final class NoteReading {

	/**
	 * The roles, beyond the officer and their managers, that read every sensitive note of
	 * a case they may read: quality and performance staff, inspectors, unpaid work staff.
	 */
	public record Settings(boolean quality, boolean inspector, boolean unpaidWork) {

		public static Settings defaults() {
			return new Settings(false, false, false);
		}

		/** Whether these settings name one of the reader's roles. */
		public boolean names(Set<String> roles) {
			return quality && roles.contains("QUALITY") || inspector && roles.contains("INSPECTOR")
					|| unpaidWork && roles.contains("UNPAID_WORK");
		}

	}

	private NoteReading() {
	}

	/** Whether the reader may read the sensitive notes of the case that others wrote. */
	public static boolean readsSensitive(@Nullable Long readerStaffId, Set<String> readerRoles,
			@Nullable Long officerStaffId, boolean overseesTheCase, Settings settings) {
		if (overseesTheCase || settings.names(readerRoles)) {
			return true;
		}
		return readerStaffId != null && readerStaffId.equals(officerStaffId);
	}

	/** Whether the reader may read this note. */
	public static boolean reads(boolean sensitive, String author, String reader, boolean readsSensitive) {
		return !sensitive || readsSensitive || author.equals(reader);
	}

}
