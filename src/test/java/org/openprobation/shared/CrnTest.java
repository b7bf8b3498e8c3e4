package org.openprobation.shared;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CrnTest {

	@Test
	void aCrnIsOneLetterAndSixDigits() {
		assertThat(Crn.parse("X123456")).contains(new Crn("X123456"));
		assertThat(Crn.parse(" x123456 ")).contains(new Crn("X123456"));
		assertThat(Crn.parse("X12345")).isEmpty();
		assertThat(Crn.parse("XX23456")).isEmpty();
		assertThat(Crn.parse("X1234567")).isEmpty();
		assertThat(Crn.parse("<b>X123456</b>")).isEmpty();
		assertThat(Crn.parse(null)).isEmpty();
		assertThatIllegalArgumentException().isThrownBy(() -> new Crn("123"));
	}

	@Property
	void everyLetterWithSixDigitsReadsBackToItself(@ForAll @CharRange(from = 'A', to = 'Z') char letter,
			@ForAll @IntRange(min = 0, max = 999_999) int number) {
		String crn = letter + String.format("%06d", number);
		assertThat(Crn.parse(crn.toLowerCase())).map(Crn::value).contains(crn);
	}

}
