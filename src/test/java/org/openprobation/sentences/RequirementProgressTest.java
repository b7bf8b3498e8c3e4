package org.openprobation.sentences;

import java.time.LocalDate;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 28, item 6 (in part): a requirement's progress is what was carried over plus what
 * the record shows delivered (programme sessions attended, RAR days, unpaid work hours),
 * never beyond the order, on every page.
 */
class RequirementProgressTest {

	private static Requirement programme(int done) {
		return new Requirement(1, RequirementKind.ACCREDITED_PROGRAMME, 10, done, RequirementStatus.ACTIVE,
				LocalDate.of(2026, 1, 5), LocalDate.of(2027, 1, 4));
	}

	@Test
	void sessionsAttendedInTheRecordAddToThoseCarriedOver() {
		assertThat(programme(2).progress(3)).isEqualTo("5 of 10 sessions");
		assertThat(programme(2).percentDone(3)).isEqualTo(50);
		assertThat(programme(8).progress(5)).isEqualTo("10 of 10 sessions");
		assertThat(programme(2).progress()).isEqualTo("2 of 10 sessions");
	}

	@Property
	void progressNeverExceedsTheOrderNorFallsBelowWhatWasCarriedOver(@ForAll @IntRange(max = 10) int carried,
			@ForAll @IntRange(min = -5, max = 50) int delivered) {
		int done = programme(carried).doneWith(delivered);
		assertThat(done).isBetween(carried, 10);
	}

}
