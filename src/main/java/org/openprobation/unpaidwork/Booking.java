package org.openprobation.unpaidwork;

import org.openprobation.unpaidwork.domain.SessionAttendance;

import java.time.LocalTime;

import org.jspecify.annotations.Nullable;

/** A person's place on a session, with what happened there once recorded. */
public record Booking(long id, long sessionId, long personId, long requirementId, @Nullable Long contactId,
		String status, @Nullable SessionAttendance attendance, @Nullable LocalTime arrived, @Nullable LocalTime left,
		@Nullable Integer breakMinutes, int minutesCredited, @Nullable Integer travelPence,
		@Nullable String absenceReason, @Nullable String recordedBy, int version) {

	public boolean recorded() {
		return attendance != null;
	}

	/** Its times, breaks and travel may be corrected: the person worked the session. */
	public boolean correctable() {
		return attendance == SessionAttendance.ATTENDED;
	}

	public String attendanceLabel() {
		if (attendance == null) {
			return "Not recorded";
		}
		return attendance.label();
	}

	public String hoursCredited() {
		return String.format("%d:%02d", minutesCredited / 60, minutesCredited % 60);
	}

}
