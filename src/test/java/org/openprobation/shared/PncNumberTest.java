package org.openprobation.shared;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PncNumberTest {

	@Test
	void theCheckLetterIsTheYearAndSerialModulo23() {
		// 04 followed by 0012345 is 40012345; 40012345 mod 23 = 4, and letter 4 of
		// ZABCDEFGHJKLMNPQRTUVWXY is D
		PncNumber pnc = new PncNumber(2004, 12345);
		assertThat(pnc.checkLetter()).isEqualTo('D');
		assertThat(pnc).hasToString("2004/0012345D");
	}

	@Test
	void shortFormsAreReadInTheLongForm() {
		assertThat(PncNumber.parse("04/12345D")).map(PncNumber::toString).contains("2004/0012345D");
		assertThat(PncNumber.parse("99/1G")).isPresent().get().extracting(PncNumber::year).isEqualTo(1999);
	}

	@Test
	void aWrongCheckLetterIsRefused() {
		assertThat(PncNumber.parse("2004/0012345B")).isEmpty();
		assertThat(PncNumber.parse("2004/001234")).isEmpty();
		assertThat(PncNumber.parse("not a pnc")).isEmpty();
	}

	@Property
	void writtenPncNumbersReadBack(@ForAll @IntRange(min = 1900, max = 2099) int year,
			@ForAll @IntRange(min = 0, max = 9_999_999) int serial) {
		PncNumber pnc = new PncNumber(year, serial);
		assertThat(PncNumber.parse(pnc.toString())).contains(pnc);
	}

	@Property
	void anyOtherCheckLetterIsRefused(@ForAll @IntRange(min = 1900, max = 2099) int year,
			@ForAll @IntRange(min = 0, max = 9_999_999) int serial, @ForAll @IntRange(min = 0, max = 22) int letter) {
		PncNumber pnc = new PncNumber(year, serial);
		char other = PncNumber.CHECK_LETTERS.charAt(letter);
		String written = pnc.toString().substring(0, 12) + other;
		assertThat(PncNumber.parse(written).isPresent()).isEqualTo(other == pnc.checkLetter());
	}

}
