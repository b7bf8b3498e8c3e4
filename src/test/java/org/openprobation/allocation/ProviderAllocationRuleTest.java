package org.openprobation.allocation;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openprobation.allocation.domain.NpsDecision;
import org.openprobation.allocation.domain.ProviderAllocationRule;
import org.openprobation.allocation.domain.ProviderAllocationRule.Supervisor;

import static org.assertj.core.api.Assertions.assertThat;

class ProviderAllocationRuleTest {

	final ProviderAllocationRule rule = ProviderAllocationRule.defaults();

	@Test
	void highOrVeryHighRiskGoesToTheNps() {
		assertThat(rule.decide("HIGH", false).supervisor()).isEqualTo(Supervisor.NPS_DIVISION);
		assertThat(rule.decide("VERY_HIGH", false).basis()).isEqualTo("NPS: risk of serious harm is very high");
	}

	@Test
	void anyMappaEligibilityGoesToTheNps() {
		assertThat(rule.decide("LOW", true).supervisor()).isEqualTo(Supervisor.NPS_DIVISION);
		assertThat(rule.decide("HIGH", true).basis()).isEqualTo("NPS: risk of serious harm is high and MAPPA-eligible");
	}

	@Test
	void lowAndMediumRiskWithoutMappaGoToTheCrc() {
		assertThat(rule.decide("LOW", false).supervisor()).isEqualTo(Supervisor.CRC);
		assertThat(rule.decide("MEDIUM", false).basis())
			.isEqualTo("CRC: risk of serious harm is medium, not MAPPA-eligible");
		assertThat(rule.decide(null, false).basis()).contains("not yet assessed");
	}

	@Test
	void theRuleSaysWhatItDoes() {
		assertThat(rule.describe()).isEqualTo(
				"the NPS supervises cases whose risk of serious harm is high or very high, or who are MAPPA-eligible; the CRC supervises the rest.");
		assertThat(new ProviderAllocationRule(Set.of(), true).describe())
			.isEqualTo("the NPS supervises cases who are MAPPA-eligible; the CRC supervises the rest.");
	}

	@Test
	void theRuleIsConfiguration() {
		ProviderAllocationRule stricter = new ProviderAllocationRule(Set.of("MEDIUM", "HIGH", "VERY_HIGH"), false);
		assertThat(stricter.decide("MEDIUM", false).supervisor()).isEqualTo(Supervisor.NPS_DIVISION);
		assertThat(stricter.decide("LOW", true).supervisor()).isEqualTo(Supervisor.CRC);
	}

	@Test
	@org.junit.jupiter.api.DisplayName("TRF-1: the NPS decides an escalation within 5 working days (policy), counted over bank holidays")
	void theNpsDecidesWithinFiveWorkingDaysByDefaultOrTheProvidersOwnPolicy() {
		// requested on Friday 18 December 2026: Christmas, Boxing Day (substitute Monday
		// 28th) and New Year's Day are not working days
		java.time.LocalDate requested = java.time.LocalDate.of(2026, 12, 18);
		assertThat(NpsDecision.defaults().dueBy(requested)).isEqualTo(java.time.LocalDate.of(2026, 12, 29));
		assertThat(new NpsDecision(10).dueBy(requested)).isEqualTo(java.time.LocalDate.of(2027, 1, 6));
	}

}
