package org.openprobation.assessment.domain;

import java.time.Instant;
import java.time.LocalDate;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.openprobation.assessment.domain.Countersigning.Decided;
import org.openprobation.assessment.domain.Countersigning.Decision;
import org.openprobation.assessment.domain.TierRule.RoshLevel;
import org.openprobation.shared.FieldProblem;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Management oversight of RoSH assessments and plans (assessment.md; inspection.md 2.4).
 */
class CountersigningTest {

	private static final Countersigning.Settings DEFAULTS = Countersigning.Settings.defaults();

	@Test
	void byDefaultHighAndVeryHighRiskCasesNeedCountersignatureWithinFiveWorkingDays() {
		assertThat(DEFAULTS.requiredFor(RoshLevel.VERY_HIGH)).isTrue();
		assertThat(DEFAULTS.requiredFor(RoshLevel.HIGH)).isTrue();
		assertThat(DEFAULTS.requiredFor(RoshLevel.MEDIUM)).isFalse();
		assertThat(DEFAULTS.requiredFor(null)).isFalse();
		// made on Friday 20 November 2026: five working days is Friday 27 November
		Countersigning.State state = Countersigning.stateOf(true, LocalDate.of(2026, 11, 20), null, DEFAULTS);
		assertThat(state).isEqualTo(new Countersigning.Awaiting(LocalDate.of(2026, 11, 27)));
		assertThat(((Countersigning.Awaiting) state).overdueOn(LocalDate.of(2026, 11, 30))).isTrue();
		assertThat(((Countersigning.Awaiting) state).overdueOn(LocalDate.of(2026, 11, 27))).isFalse();
		assertThat(Countersigning.stateOf(false, LocalDate.of(2026, 11, 20), null, DEFAULTS))
			.isInstanceOf(Countersigning.NotRequired.class);
	}

	@Test
	void aDecisionStandsWhetherOrNotThePolicyAskedForIt() {
		Decided returned = new Decided(Decision.RETURNED, "Say who is at risk", "manager", Instant.EPOCH);
		assertThat(Countersigning.stateOf(false, LocalDate.of(2026, 11, 20), returned, DEFAULTS))
			.isEqualTo(new Countersigning.Returned(returned));
		Decided signed = new Decided(Decision.COUNTERSIGNED, null, "manager", Instant.EPOCH);
		assertThat(Countersigning.stateOf(true, LocalDate.of(2026, 11, 20), signed, DEFAULTS).decided())
			.isEqualTo(signed);
	}

	@Test
	void aReturnNeedsReasonsAndNobodyCountersignsTheirOwnWork() {
		assertThat(Countersigning.problems(null, null, "officer", "manager")).extracting(FieldProblem::field)
			.containsExactly("decision");
		assertThat(Countersigning.problems(Decision.RETURNED, " ", "officer", "manager"))
			.extracting(FieldProblem::field)
			.containsExactly("reasons");
		assertThat(Countersigning.problems(Decision.RETURNED, "x".repeat(4001), "officer", "manager"))
			.extracting(FieldProblem::message)
			.containsExactly("The reasons must be 4,000 characters or fewer");
		assertThat(Countersigning.problems(Decision.COUNTERSIGNED, null, "manager", "manager"))
			.extracting(FieldProblem::message)
			.containsExactly("You wrote it: another manager countersigns it");
		assertThat(Countersigning.problems(Decision.COUNTERSIGNED, null, "officer", "manager")).isEmpty();
		assertThat(Countersigning.problems(Decision.RETURNED, "Revise the plan", "officer", "manager")).isEmpty();
	}

	@Property
	void countersignatureIsNeededFromThePolicyLevelUp(@ForAll @IntRange(min = 1, max = 4) int fromLevel,
			@ForAll RoshLevel level) {
		Countersigning.Settings settings = new Countersigning.Settings(fromLevel, 5);
		assertThat(settings.requiredFor(level)).isEqualTo(level.ordinal() + 1 >= fromLevel);
	}

	@Property
	void awaitedCountersignatureIsNeverDueOnAWeekendNorBeforeItWasMade(@ForAll @IntRange(min = 0, max = 3000) int day,
			@ForAll @IntRange(min = 1, max = 20) int workingDays) {
		LocalDate made = LocalDate.of(2025, 1, 1).plusDays(day);
		LocalDate due = Countersigning.stateOf(true, made, null, new Countersigning.Settings(3, workingDays)).dueBy();
		assertThat(due).isAfter(made);
		assertThat(org.openprobation.shared.WorkingDayCalendar.isWorkingDay(due)).isTrue();
	}

}
