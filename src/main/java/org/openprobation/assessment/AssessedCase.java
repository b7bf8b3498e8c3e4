package org.openprobation.assessment;

import org.openprobation.people.PersonRecord;

/** A case with its assessment, for a page that records part of it. */
public record AssessedCase(PersonRecord person, AssessmentSummary assessment) {

	public long overdueRegistrationReviews() {
		java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London"));
		return assessment.registrations().stream().filter(r -> r.reviewOverdueOn(today)).count();
	}

}
