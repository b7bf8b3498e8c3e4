package org.openprobation.assessment;

import java.util.EnumMap;
import java.util.Map;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.openprobation.assessment.RoshAssessment.RiskGroup;
import org.openprobation.assessment.domain.TierRule.RoshLevel;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * assessment.md, "Risk of serious harm": the overall level is the highest of the groups
 * that count; the risk to prisoners counts only while the person is in custody (in the
 * community it is recorded but does not count).
 */
class RoshOverallTest {

	private static Map<RiskGroup, RoshLevel> levels(RoshLevel others, RoshLevel prisoners) {
		Map<RiskGroup, RoshLevel> levels = new EnumMap<>(RiskGroup.class);
		for (RiskGroup group : RiskGroup.values()) {
			levels.put(group, group == RiskGroup.PRISONERS ? prisoners : others);
		}
		return levels;
	}

	@Test
	void theRiskToPrisonersCountsOnlyInCustody() {
		Map<RiskGroup, RoshLevel> levels = levels(RoshLevel.MEDIUM, RoshLevel.VERY_HIGH);
		assertThat(RoshAssessment.overallOf(levels, true)).isEqualTo(RoshLevel.VERY_HIGH);
		assertThat(RoshAssessment.overallOf(levels, false)).isEqualTo(RoshLevel.MEDIUM);
		RoshAssessment released = new RoshAssessment(1, java.time.LocalDate.of(2026, 11, 1), levels, null, null, null,
				null, null, null, "officer", false);
		assertThat(released.highOrVeryHigh()).isFalse();
		assertThat(released.counts(RiskGroup.PRISONERS)).isFalse();
		assertThat(released.counts(RiskGroup.PUBLIC)).isTrue();
	}

	@Property
	void inTheCommunityTheOverallIsTheHighestOfTheOtherGroups(@ForAll RoshLevel children, @ForAll RoshLevel public_,
			@ForAll RoshLevel knownAdult, @ForAll RoshLevel staff, @ForAll RoshLevel prisoners) {
		Map<RiskGroup, RoshLevel> levels = new EnumMap<>(Map.of(RiskGroup.CHILDREN, children, RiskGroup.PUBLIC, public_,
				RiskGroup.KNOWN_ADULT, knownAdult, RiskGroup.STAFF, staff, RiskGroup.PRISONERS, prisoners));
		RoshLevel community = RoshAssessment.overallOf(levels, false);
		RoshLevel custody = RoshAssessment.overallOf(levels, true);
		assertThat(community).isIn(children, public_, knownAdult, staff);
		assertThat(community.compareTo(custody)).isLessThanOrEqualTo(0);
		assertThat(custody).isEqualTo(java.util.Collections.max(levels.values()));
	}

}
