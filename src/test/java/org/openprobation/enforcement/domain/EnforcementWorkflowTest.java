package org.openprobation.enforcement.domain;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.openprobation.enforcement.domain.EnforcementWorkflow.Actor;
import org.openprobation.enforcement.domain.EnforcementWorkflow.Standing;
import org.openprobation.enforcement.domain.EnforcementWorkflow.Step;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The breach and recall workflow of {@code supervision.md} (Enforcement): proposed,
 * countersigned, submitted, returned for correction, decided; warrants after submission.
 */
class EnforcementWorkflowTest {

	private static final Actor OFFICER = new Actor(false, true);

	private static final Actor MANAGER = new Actor(true, false);

	@Test
	void aBreachGoesFromProposedThroughCountersignedAndSubmittedToDecided() {
		ActionState state = ActionState.PROPOSED;
		state = next(Step.COUNTERSIGN, breach(state), MANAGER);
		assertThat(state).isEqualTo(ActionState.COUNTERSIGNED);
		state = next(Step.SUBMIT, breach(state), OFFICER);
		assertThat(state).isEqualTo(ActionState.SUBMITTED);
		state = next(Step.RETURN, breach(state), OFFICER);
		assertThat(state).isEqualTo(ActionState.RETURNED);
		state = next(Step.SUBMIT, breach(state), OFFICER);
		assertThat(state).isEqualTo(ActionState.SUBMITTED);
		assertThat(next(Step.DECIDE, breach(state), OFFICER)).isEqualTo(ActionState.DECIDED);
	}

	@Test
	void aManagerSendsAProposalBackAndTheOfficerProposesItAgainBeforeItIsCountersigned() {
		ActionState state = next(Step.SEND_BACK, breach(ActionState.PROPOSED), MANAGER);
		assertThat(state).isEqualTo(ActionState.SENT_BACK);
		// sent back, it is neither countersigned nor submitted until corrected
		assertThat(EnforcementWorkflow.open(breach(state), MANAGER)).containsExactly(Step.PROPOSE_AGAIN);
		assertThat(EnforcementWorkflow.take(Step.SUBMIT, breach(state), OFFICER))
			.isInstanceOf(Transition.Refused.class);
		state = next(Step.PROPOSE_AGAIN, breach(state), OFFICER);
		assertThat(state).isEqualTo(ActionState.PROPOSED);
		assertThat(next(Step.COUNTERSIGN, breach(state), MANAGER)).isEqualTo(ActionState.COUNTERSIGNED);
	}

	@Test
	void onlyAManagerWhoDidNotProposeItSendsItBack() {
		assertThat(EnforcementWorkflow.take(Step.SEND_BACK, breach(ActionState.PROPOSED), new Actor(false, false)))
			.isEqualTo(new Transition.Refused(Transition.Ground.ROLE,
					"A manager sends a breach or recall back to be corrected."));
		assertThat(EnforcementWorkflow.take(Step.SEND_BACK, breach(ActionState.PROPOSED), new Actor(true, true)))
			.isEqualTo(new Transition.Refused(Transition.Ground.SAME_PERSON,
					"The person who proposed it cannot also send it back."));
		assertThat(EnforcementWorkflow.take(Step.SEND_BACK, breach(ActionState.COUNTERSIGNED), MANAGER))
			.isInstanceOf(Transition.Refused.class);
	}

	@Test
	void onlyAManagerWhoDidNotProposeItCountersigns() {
		assertThat(EnforcementWorkflow.take(Step.COUNTERSIGN, breach(ActionState.PROPOSED), new Actor(false, false)))
			.isEqualTo(new Transition.Refused(Transition.Ground.ROLE, "A manager countersigns a breach or recall."));
		assertThat(EnforcementWorkflow.take(Step.COUNTERSIGN, breach(ActionState.PROPOSED), new Actor(true, true)))
			.isEqualTo(new Transition.Refused(Transition.Ground.SAME_PERSON,
					"The person who proposed it cannot also countersign it."));
	}

	@Test
	void aProposalIsNotSubmittedBeforeItIsCountersigned() {
		assertThat(EnforcementWorkflow.take(Step.SUBMIT, breach(ActionState.PROPOSED), MANAGER))
			.isInstanceOf(Transition.Refused.class)
			.extracting(t -> ((Transition.Refused) t).reason())
			.isEqualTo(
					"Only a countersigned or returned pack is submitted (it is proposed: awaiting countersignature).");
	}

	@Test
	void aWarrantFollowsASubmittedOrDecidedBreachOrRecallOneAtATime() {
		assertThat(EnforcementWorkflow.open(new Standing(ActionKind.RECALL, ActionState.DECIDED, false), OFFICER))
			.containsExactly(Step.ISSUE_WARRANT);
		assertThat(EnforcementWorkflow.open(new Standing(ActionKind.RECALL, ActionState.DECIDED, true), OFFICER))
			.containsExactly(Step.EXECUTE_WARRANT);
		assertThat(EnforcementWorkflow.open(new Standing(ActionKind.BREACH, ActionState.COUNTERSIGNED, false), OFFICER))
			.containsExactly(Step.SUBMIT);
	}

	@Test
	void theStepsOpenFromEachStateForAManagerWhoDidNotProposeIt() {
		Map<ActionState, Set<Step>> expected = Map.of(ActionState.PROPOSED,
				EnumSet.of(Step.COUNTERSIGN, Step.SEND_BACK), ActionState.SENT_BACK, EnumSet.of(Step.PROPOSE_AGAIN),
				ActionState.COUNTERSIGNED, EnumSet.of(Step.SUBMIT), ActionState.SUBMITTED,
				EnumSet.of(Step.RETURN, Step.DECIDE, Step.ISSUE_WARRANT), ActionState.RETURNED, EnumSet.of(Step.SUBMIT),
				ActionState.DECIDED, EnumSet.of(Step.ISSUE_WARRANT), ActionState.ISSUED, EnumSet.noneOf(Step.class));
		expected.forEach((state, steps) -> assertThat(EnforcementWorkflow.open(breach(state), MANAGER)).as(state.name())
			.isEqualTo(steps));
	}

	@Property
	void aWarningTakesNoStep(@ForAll ActionState state, @ForAll Step step, @ForAll boolean warrant,
			@ForAll boolean manager, @ForAll boolean proposedIt) {
		assertThat(EnforcementWorkflow.take(step, new Standing(ActionKind.WARNING, state, warrant),
				new Actor(manager, proposedIt)))
			.isInstanceOf(Transition.Refused.class);
	}

	@Property
	void noStepLeadsBackToProposedOrIssuedButProposingAgainWhatWasSentBack(@ForAll ActionKind kind,
			@ForAll ActionState state, @ForAll Step step, @ForAll boolean warrant, @ForAll boolean manager,
			@ForAll boolean proposedIt) {
		if (EnforcementWorkflow.take(step, new Standing(kind, state, warrant),
				new Actor(manager, proposedIt)) instanceof Transition.Allowed allowed) {
			assertThat(allowed.next()).isNotEqualTo(ActionState.ISSUED);
			assertThat(allowed.next() == ActionState.PROPOSED)
				.isEqualTo(step == Step.PROPOSE_AGAIN && state == ActionState.SENT_BACK);
			boolean warrantStep = step == Step.ISSUE_WARRANT || step == Step.EXECUTE_WARRANT;
			assertThat(allowed.next() == state).as("only a warrant leaves the state as it is").isEqualTo(warrantStep);
		}
	}

	private static Standing breach(ActionState state) {
		return new Standing(ActionKind.BREACH, state, false);
	}

	private static ActionState next(Step step, Standing action, Actor actor) {
		Transition transition = EnforcementWorkflow.take(step, action, actor);
		assertThat(transition).isInstanceOf(Transition.Allowed.class);
		return ((Transition.Allowed) transition).next();
	}

}
