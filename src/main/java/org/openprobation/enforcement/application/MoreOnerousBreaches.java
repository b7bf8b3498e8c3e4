package org.openprobation.enforcement.application;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

import org.openprobation.enforcement.Decision;
import org.openprobation.enforcement.domain.ActionKind;
import org.openprobation.enforcement.persistence.ActionRepository;
import org.openprobation.sentences.BreachDecisions;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Breaches on which the court added more onerous requirements, for those requirements to
 * name.
 */
@Component
@Transactional(readOnly = true)
class MoreOnerousBreaches implements BreachDecisions {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private final ActionRepository repository;

	MoreOnerousBreaches(ActionRepository repository) {
		this.repository = repository;
	}

	@Override
	public Optional<String> moreOnerousRequirements(long breachActionId, long personId) {
		return repository.find(breachActionId)
			.filter(action -> action.personId() == personId && action.kind() == ActionKind.BREACH
					&& action.decided() == Decision.MORE_ONEROUS && action.decidedOn() != null)
			.map(action -> "Breach decided on " + action.decidedOn().format(DAY)
					+ ": the court added more onerous requirements");
	}

}
