package org.openprobation.enforcement;

import java.time.LocalDate;
import java.util.Optional;

import org.openprobation.assessment.BreachOrRecallHistory;

import org.springframework.stereotype.Component;

/** Enforcement's answer to assessment's question about recent breaches and recalls. */
@Component
class BreachesForAssessment implements BreachOrRecallHistory {

	private final Enforcement enforcement;

	BreachesForAssessment(Enforcement enforcement) {
		this.enforcement = enforcement;
	}

	@Override
	public Optional<LocalDate> latestInLastYear(long personId) {
		return enforcement.latestBreachOrRecallInLastYear(personId);
	}

}
