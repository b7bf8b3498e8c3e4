package org.openprobation.unpaidwork;

import java.time.LocalTime;
import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/**
 * A correction of a recorded attendance: the times and credit before and after, and why.
 */
public record AttendanceCorrection(long bookingId, @Nullable LocalTime arrivedBefore, @Nullable LocalTime leftBefore,
		int minutesBefore, @Nullable LocalTime arrivedAfter, @Nullable LocalTime leftAfter, int minutesAfter,
		String reason, String by, OffsetDateTime at) {

	/** "09:00 to 15:00, 5:30 hours" before and after. */
	public String before() {
		return describe(arrivedBefore, leftBefore, minutesBefore);
	}

	public String after() {
		return describe(arrivedAfter, leftAfter, minutesAfter);
	}

	private static String describe(@Nullable LocalTime arrived, @Nullable LocalTime left, int minutes) {
		return (arrived == null ? "" : arrived + " to " + left + ", ")
				+ String.format("%d:%02d hours", minutes / 60, minutes % 60);
	}

}
