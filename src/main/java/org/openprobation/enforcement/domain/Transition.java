package org.openprobation.enforcement.domain;

/**
 * The answer to "may this step be taken now?": allowed, to the next state, or refused
 * with the reason the person asking is shown.
 */
public sealed interface Transition permits Transition.Allowed, Transition.Refused {

	record Allowed(ActionState next) implements Transition {
	}

	/**
	 * Refused: {@code ROLE} when the person may not take the step at all, {@code STATE}
	 * when the action is not where the step starts, {@code SAME_PERSON} when the one who
	 * proposed it would countersign it.
	 */
	record Refused(Ground ground, String reason) implements Transition {
	}

	enum Ground {

		ROLE, STATE, SAME_PERSON

	}

}
