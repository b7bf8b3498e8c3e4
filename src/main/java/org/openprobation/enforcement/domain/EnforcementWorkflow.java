package org.openprobation.enforcement.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * The steps of a breach or recall and when each may be taken ({@code supervision.md},
 * Enforcement): a manager other than its author countersigns a proposal; a countersigned
 * or returned pack is submitted; a submitted pack is returned for correction or decided;
 * a warrant follows a submitted or decided breach or recall, one at a time. A warning
 * takes no step: it is issued with its letter.
 */
public final class EnforcementWorkflow {

	private EnforcementWorkflow() {
	}

	/** A step of the workflow. */
	public enum Step {

		COUNTERSIGN, SEND_BACK, PROPOSE_AGAIN, SUBMIT, RETURN, DECIDE, ISSUE_WARRANT, EXECUTE_WARRANT

	}

	/**
	 * Who asks: whether they hold a manager's role (SPO, area manager, administrator) and
	 * whether they wrote the proposal.
	 */
	public record Actor(boolean manager, boolean proposedIt) {
	}

	/**
	 * Where an action stands, for deciding a step: its kind, its state and whether a
	 * warrant is outstanding on it.
	 */
	public record Standing(ActionKind kind, ActionState state, boolean warrantOutstanding) {
	}

	public static Transition take(Step step, Standing action, Actor actor) {
		if (!action.kind().goesToCourtOrRecall()) {
			return refusedState("A warning takes no further step.");
		}
		ActionState from = action.state();
		return switch (step) {
			case COUNTERSIGN -> {
				if (!actor.manager()) {
					yield new Transition.Refused(Transition.Ground.ROLE, "A manager countersigns a breach or recall.");
				}
				if (actor.proposedIt()) {
					yield new Transition.Refused(Transition.Ground.SAME_PERSON,
							"The person who proposed it cannot also countersign it.");
				}
				yield from == ActionState.PROPOSED ? allowed(ActionState.COUNTERSIGNED) : notNow(from);
			}
			case SEND_BACK -> {
				if (!actor.manager()) {
					yield new Transition.Refused(Transition.Ground.ROLE,
							"A manager sends a breach or recall back to be corrected.");
				}
				if (actor.proposedIt()) {
					yield new Transition.Refused(Transition.Ground.SAME_PERSON,
							"The person who proposed it cannot also send it back.");
				}
				yield from == ActionState.PROPOSED ? allowed(ActionState.SENT_BACK) : notNow(from);
			}
			case PROPOSE_AGAIN -> from == ActionState.SENT_BACK ? allowed(ActionState.PROPOSED) : notNow(from);
			case SUBMIT ->
				from == ActionState.COUNTERSIGNED || from == ActionState.RETURNED ? allowed(ActionState.SUBMITTED)
						: refusedState("Only a countersigned or returned pack is submitted (it is "
								+ from.lowerCaseLabel() + ").");
			case RETURN -> from == ActionState.SUBMITTED ? allowed(ActionState.RETURNED) : notNow(from);
			case DECIDE -> from == ActionState.SUBMITTED ? allowed(ActionState.DECIDED) : notNow(from);
			case ISSUE_WARRANT -> {
				if (!warrantable(from)) {
					yield refusedState("A warrant follows a breach or recall that has been submitted or decided.");
				}
				yield action.warrantOutstanding() ? refusedState("A warrant is already outstanding.") : allowed(from);
			}
			case EXECUTE_WARRANT -> action.warrantOutstanding() && warrantable(from) ? allowed(from)
					: refusedState("There is no outstanding warrant on this "
							+ action.kind().label().toLowerCase(java.util.Locale.ROOT) + ".");
		};
	}

	/** The steps that may be taken now by this person: what the case page offers. */
	public static Set<Step> open(Standing action, Actor actor) {
		Set<Step> open = EnumSet.noneOf(Step.class);
		for (Step step : Step.values()) {
			if (take(step, action, actor) instanceof Transition.Allowed) {
				open.add(step);
			}
		}
		return open;
	}

	private static boolean warrantable(ActionState state) {
		return state == ActionState.SUBMITTED || state == ActionState.DECIDED;
	}

	private static Transition allowed(ActionState next) {
		return new Transition.Allowed(next);
	}

	private static Transition notNow(ActionState from) {
		return refusedState("That step is not possible now: the action is " + from.lowerCaseLabel() + ".");
	}

	private static Transition refusedState(String reason) {
		return new Transition.Refused(Transition.Ground.STATE, reason);
	}

}
