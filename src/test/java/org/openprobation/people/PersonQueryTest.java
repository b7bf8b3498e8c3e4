package org.openprobation.people;

import java.time.LocalDate;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PersonQueryTest {

	private static PersonQuery understood(String typed) {
		PersonQuery.Reading reading = PersonQuery.read(typed);
		assertThat(reading).isInstanceOf(PersonQuery.Understood.class);
		return ((PersonQuery.Understood) reading).query();
	}

	private static String message(String typed) {
		PersonQuery.Reading reading = PersonQuery.read(typed);
		assertThat(reading).isInstanceOf(PersonQuery.NotUnderstood.class);
		return ((PersonQuery.NotUnderstood) reading).message();
	}

	@Test
	void blankFindsEveryone() {
		assertThat(understood("  ")).isInstanceOf(PersonQuery.Everyone.class);
	}

	@Test
	void aCrnIsReadAsACrnWhateverTheCase() {
		assertThat(understood("a123456")).isEqualTo(new PersonQuery.ByCrn(new org.openprobation.shared.Crn("A123456")));
	}

	@Test
	void aPncNumberIsReadWithItsCheckLetter() {
		assertThat(understood("2004/0012345D")).isInstanceOf(PersonQuery.ByPnc.class);
		assertThat(message("2004/0012345B")).contains("check letter");
	}

	@Test
	void datesOfBirthAreReadInTheUsualForms() {
		LocalDate expected = LocalDate.of(1990, 3, 27);
		assertThat(understood("27/3/1990")).isEqualTo(new PersonQuery.ByDateOfBirth(expected));
		assertThat(understood("27-03-1990")).isEqualTo(new PersonQuery.ByDateOfBirth(expected));
		assertThat(understood("1990-03-27")).isEqualTo(new PersonQuery.ByDateOfBirth(expected));
		assertThat(understood("27 March 1990")).isEqualTo(new PersonQuery.ByDateOfBirth(expected));
		assertThat(understood("27 mar 1990")).isEqualTo(new PersonQuery.ByDateOfBirth(expected));
		assertThat(message("31/02/1990")).contains("real date");
	}

	@Test
	void namesAreLowerCasedTermsKeepingApostrophesAndHyphens() {
		assertThat(understood("O'Brien  Kerry-Ann")).isEqualTo(new PersonQuery.ByName(List.of("o'brien", "kerry-ann")));
		assertThat(understood("\"Smith\"")).isEqualTo(new PersonQuery.ByName(List.of("smith")));
		assertThat(understood("<b>smith</b>")).isEqualTo(new PersonQuery.ByName(List.of("b", "smith", "b")));
	}

	@Test
	void tooLongOrMeaninglessSearchesAreExplained() {
		assertThat(message("a".repeat(10_000))).isEqualTo("Search must be 100 characters or fewer");
		assertThat(message("%%% ;;;")).isEqualTo("Enter a name, CRN, PNC number or date of birth");
		assertThat(message("a b c d e")).contains("no more than 4 names");
	}

	@Property
	void anyTextIsEitherUnderstoodOrExplainedNeverAnError(@ForAll String typed) {
		assertThat(PersonQuery.read(typed)).isNotNull();
	}

}
