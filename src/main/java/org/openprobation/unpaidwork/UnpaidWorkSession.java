package org.openprobation.unpaidwork;

import java.time.LocalDateTime;

import org.jspecify.annotations.Nullable;

/** A dated session of a project, with how many are booked on it. */
public record UnpaidWorkSession(long id, long projectId, String project, String projectType, String borough,
		long boroughId, LocalDateTime start, LocalDateTime end, int capacity, int booked, boolean womenOnly,
		boolean involvesChildren, @Nullable String cancelledReason, @Nullable Long supervisorStaffId) {

	public int placesLeft() {
		return Math.max(0, capacity - booked);
	}

	public boolean full() {
		return booked >= capacity;
	}

	public boolean cancelled() {
		return cancelledReason != null;
	}

	public String typeLabel() {
		return switch (projectType) {
			case "GROUP" -> "Group placement";
			case "INDIVIDUAL_PLACEMENT" -> "Individual placement";
			case "CHARITY_SHOP" -> "Charity shop";
			default -> "Outdoor";
		};
	}

}
