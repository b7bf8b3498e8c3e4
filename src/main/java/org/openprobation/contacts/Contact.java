package org.openprobation.contacts;

import java.time.LocalDateTime;

import org.jspecify.annotations.Nullable;

/** A contact or appointment as recorded. */
public record Contact(long id, long personId, @Nullable Long staffId, ContactType type, LocalDateTime start,
		LocalDateTime end, @Nullable String location, @Nullable Long requirementId, boolean rar,
		@Nullable String purpose, @Nullable Outcome outcome, @Nullable String outcomeReason,
		@Nullable String outcomeEvidence, @Nullable String outcomeRecordedBy, @Nullable String overrideReason,
		String bookedBy, int version, @Nullable TestResult testResult, @Nullable String substances) {

	/** "Positive (cocaine)", for a drug test with a result. */
	public @Nullable String testResultText() {
		return testResult == null ? null
				: testResult.label() + (substances == null || substances.isBlank() ? "" : " (" + substances + ")");
	}

	public boolean drugTest() {
		return type == ContactType.DRUG_TEST;
	}

	/** In the past, and still without an outcome. */
	public boolean awaitingOutcome(LocalDateTime now) {
		return outcome == null && start.isBefore(now);
	}

	public boolean overlaps(LocalDateTime otherStart, LocalDateTime otherEnd) {
		return start.isBefore(otherEnd) && otherStart.isBefore(end);
	}

}
