package org.openprobation.planning;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.openprobation.assessment.domain.TierRule.Need;
import org.openprobation.assessment.domain.TierRule.RoshLevel;
import org.openprobation.planning.domain.PlanGaps;
import org.openprobation.planning.domain.PlanGaps.AssessedNeed;
import org.openprobation.planning.domain.PlanGaps.Objective;

import static org.assertj.core.api.Assertions.assertThat;

class PlanGapsTest {

	@Test
	void aNeedLinkedToOffendingThatNoObjectiveAddressesIsAGap() {
		List<PlanGaps.Gap> gaps = PlanGaps.find(List.of(new AssessedNeed(Need.ALCOHOL_MISUSE, true, false)),
				RoshLevel.LOW, List.of(), Set.of());
		assertThat(gaps).extracting(PlanGaps.Gap::message)
			.containsExactly("Alcohol misuse is linked to offending and is not in the plan");
	}

	@Test
	void anObjectiveAddressingTheNeedClosesTheGap() {
		assertThat(PlanGaps.find(List.of(new AssessedNeed(Need.ALCOHOL_MISUSE, true, false)), RoshLevel.LOW,
				List.of(new Objective(Set.of(Need.ALCOHOL_MISUSE), false)), Set.of()))
			.isEmpty();
	}

	@Test
	void aRecordedReasonClosesTheGap() {
		assertThat(PlanGaps.find(List.of(new AssessedNeed(Need.ACCOMMODATION, false, true)), RoshLevel.LOW, List.of(),
				Set.of("ACCOMMODATION")))
			.isEmpty();
	}

	@Test
	void needsNotLinkedToOffendingOrHarmAreNotGaps() {
		assertThat(PlanGaps.find(List.of(new AssessedNeed(Need.FINANCIAL_MANAGEMENT, false, false)), null, List.of(),
				Set.of()))
			.isEmpty();
	}

	@Test
	void aNeedLinkedToHarmIsNamedSo() {
		assertThat(PlanGaps.find(List.of(new AssessedNeed(Need.RELATIONSHIPS, true, true)), null, List.of(), Set.of()))
			.extracting(PlanGaps.Gap::message)
			.containsExactly("Relationships is linked to offending and to risk of harm and is not in the plan");
	}

	@Test
	void mediumOrHigherRiskOfHarmMustBeAddressed() {
		assertThat(PlanGaps.find(List.of(), RoshLevel.MEDIUM, List.of(), Set.of())).extracting(PlanGaps.Gap::item)
			.containsExactly(PlanGaps.RISK_OF_HARM);
		assertThat(PlanGaps.find(List.of(), RoshLevel.HIGH, List.of(new Objective(Set.of(), true)), Set.of()))
			.isEmpty();
		assertThat(PlanGaps.find(List.of(), RoshLevel.LOW, List.of(), Set.of())).isEmpty();
	}

	@Property
	void everyLinkedNeedIsEitherAddressedExplainedOrAGap(@ForAll Set<Need> linked, @ForAll Set<Need> inObjectives,
			@ForAll Set<Need> explained) {
		List<AssessedNeed> needs = linked.stream().map(n -> new AssessedNeed(n, true, false)).toList();
		Set<String> reasons = new java.util.HashSet<>();
		explained.forEach(n -> reasons.add(n.name()));
		List<PlanGaps.Gap> gaps = PlanGaps.find(needs, null,
				List.of(new Objective(inObjectives.isEmpty() ? Set.of() : EnumSet.copyOf(inObjectives), false)),
				reasons);
		for (Need need : linked) {
			boolean gap = gaps.stream().anyMatch(g -> g.item().equals(need.name()));
			assertThat(gap).isEqualTo(!inObjectives.contains(need) && !explained.contains(need));
		}
	}

}
