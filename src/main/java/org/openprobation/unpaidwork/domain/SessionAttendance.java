package org.openprobation.unpaidwork.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * What happened to a person booked on an unpaid work session ({@code supervision.md},
 * Unpaid work: hours credited, acceptable or unacceptable absence, stand-down by the
 * service).
 */
public enum SessionAttendance {

	ATTENDED("Attended"), ACCEPTABLE_ABSENCE("Absent: acceptable"), UNACCEPTABLE_ABSENCE("Absent: unacceptable"),
	STOOD_DOWN("Stood down by the service");

	private final String label;

	SessionAttendance(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** Hours from arrival to departure are credited. */
	public boolean worked() {
		return this == ATTENDED;
	}

	/** Credited by policy, and counted against the service, never the person. */
	public boolean creditedByPolicy() {
		return this == STOOD_DOWN;
	}

	/** The answer as typed or sent, if it is one. */
	public static Optional<SessionAttendance> parse(@org.jspecify.annotations.Nullable String typed) {
		return Arrays.stream(values()).filter(a -> a.name().equals(typed)).findFirst();
	}

}
