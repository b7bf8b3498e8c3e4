package org.openprobation.allocation.domain;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 29, item 2: an allocation over capacity, or of a flagged case without a risk
 * assessment, needs a confirmation with reason; anything else is made as chosen.
 */
class AllocationConfirmationTest {

	@Test
	void withinCapacityAndAssessedNeedsNothing() {
		assertThat(AllocationConfirmation.needed("Asha Patel", new BigDecimal("100"), List.of("Self-harm"), "LOW"))
			.isEmpty();
		assertThat(AllocationConfirmation.needed("Asha Patel", null, List.of(), null)).isEmpty();
	}

	@Test
	void overCapacityIsConfirmed() {
		assertThat(AllocationConfirmation.needed("Asha Patel", new BigDecimal("112.50"), List.of(), "MEDIUM"))
			.containsExactly("Asha Patel would be at 112.5% of capacity");
	}

	@Test
	void aFlaggedCaseWithoutARiskAssessmentIsConfirmedAndSoIsCapacityAtOnce() {
		assertThat(
				AllocationConfirmation.needed("Asha Patel", new BigDecimal("104"), List.of("Self-harm", "MAPPA"), null))
			.containsExactly("Asha Patel would be at 104% of capacity",
					"the case is flagged (Self-harm, MAPPA) and has no risk of serious harm assessment");
	}

}
