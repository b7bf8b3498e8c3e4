package org.openprobation.sentences;

import java.util.Optional;

/**
 * Which breaches the court decided with more onerous requirements, for the requirements
 * added on them to name: provided by the module that records breaches.
 */
public interface BreachDecisions {

	/**
	 * What the breach was, when it is this person's and the court decided on it to add
	 * more onerous requirements; empty otherwise.
	 */
	Optional<String> moreOnerousRequirements(long breachActionId, long personId);

}
