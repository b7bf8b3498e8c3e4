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

	@Test
	void drugRehabilitationShowsItsTestsByResultAndItsCourtReviews() {
		Requirement drr = new Requirement(2, RequirementKind.DRUG_REHABILITATION, null, 0, RequirementStatus.ACTIVE,
				LocalDate.of(2026, 1, 5), LocalDate.of(2027, 1, 4));
		assertThat(drr.progress(Delivery.NONE)).isEqualTo("In force: 0 drug tests; 0 court reviews attended");
		assertThat(drr.progress(new Delivery(0, 0, 3, 1, 1, 2, LocalDate.of(2026, 12, 14))))
			.isEqualTo("In force: 5 drug tests (3 negative, 1 positive, 1 not given); 2 court reviews attended; "
					+ "next review 14 Dec 2026");
		Requirement ended = new Requirement(2, RequirementKind.DRUG_REHABILITATION, null, 0,
				RequirementStatus.TERMINATED, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 6, 4));
		assertThat(ended.progress(new Delivery(0, 0, 1, 0, 0, 1, LocalDate.of(2026, 12, 14))))
			.isEqualTo("Terminated: 1 drug test (1 negative, 0 positive, 0 not given); 1 court review attended");
	}

	@Test
	void treatmentShowsTheAppointmentsAttendedAndOtherKindsWhetherInForce() {
		Requirement atr = new Requirement(3, RequirementKind.ALCOHOL_TREATMENT, null, 0, RequirementStatus.ACTIVE,
				LocalDate.of(2026, 1, 5), LocalDate.of(2027, 1, 4));
		assertThat(atr.progress(new Delivery(0, 4, 0, 0, 0, 0, null)))
			.isEqualTo("In force: 4 treatment appointments attended");
		Requirement exclusion = new Requirement(4, RequirementKind.EXCLUSION, null, 0, RequirementStatus.COMPLETED,
				LocalDate.of(2026, 1, 5), LocalDate.of(2026, 7, 4));
		assertThat(exclusion.progress(Delivery.NONE)).isEqualTo("Completed");
		assertThat(exclusion.delivered(Delivery.of(100))).isFalse();
	}

}
