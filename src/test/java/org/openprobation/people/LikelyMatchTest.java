package org.openprobation.people;

import java.time.LocalDate;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.openprobation.people.domain.LikelyMatch;
import org.openprobation.people.domain.PersonDetailsRule;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When a record on file is likely the person being registered, and what a record must be.
 */
class LikelyMatchTest {

	private static final LikelyMatch.Name SAME = new LikelyMatch.Name(true, false, false, true, 1.0);

	private static final LikelyMatch.Name UNLIKE = new LikelyMatch.Name(false, false, false, false, 0.1);

	@Test
	void aSamePncNumberMatchesWhateverTheNameAndBirth() {
		assertThat(LikelyMatch.reasons(new LikelyMatch.Comparison(true, false, false, UNLIKE, UNLIKE, false)))
			.containsExactly("same PNC number");
	}

	@Test
	void nameAndBirthMatchOnlyWhenBothNamesAgree() {
		assertThat(LikelyMatch.reasons(new LikelyMatch.Comparison(false, true, false, SAME, SAME, false)))
			.containsExactly("same date of birth", "same surname", "same forename");
		assertThat(LikelyMatch.reasons(new LikelyMatch.Comparison(false, true, false, SAME, UNLIKE, false))).isEmpty();
		assertThat(LikelyMatch.reasons(new LikelyMatch.Comparison(false, false, false, SAME, SAME, false))).isEmpty();
		LikelyMatch.Name initial = new LikelyMatch.Name(false, true, false, false, 0.2);
		LikelyMatch.Name hyphen = new LikelyMatch.Name(false, false, true, false, 0.4);
		assertThat(LikelyMatch.reasons(new LikelyMatch.Comparison(false, false, true, hyphen, initial, true)))
			.containsExactly("date of birth with day and month swapped", "surname is part of a hyphenated name",
					"forename initial matches", "matched on an alias");
		LikelyMatch.Name misspelt = new LikelyMatch.Name(false, false, false, false, LikelyMatch.SIMILAR);
		assertThat(LikelyMatch.reasons(new LikelyMatch.Comparison(false, true, false, misspelt, SAME, false)))
			.contains("surname spelt similarly");
	}

	@Test
	void namesAreComparedWithoutCaseAccentsHyphensOrApostrophes() {
		assertThat(LikelyMatch.normalised("O'Néil-Smith")).isEqualTo("oneilsmith");
		assertThat(LikelyMatch.parts("Smith-Jones")).containsExactly("smith", "jones");
		assertThat(LikelyMatch.parts("de la Cruz")).containsExactly("de", "la", "cruz");
	}

	@Property
	void aNormalisedNameIsLowerCaseLettersOnly(@ForAll @StringLength(max = 40) String name) {
		assertThat(LikelyMatch.normalised(name)).matches("[a-z]*");
	}

	@Property
	void postcodesAreStoredWithOneSpaceBeforeTheInwardCode(
			@ForAll @AlphaChars @StringLength(min = 1, max = 2) String area) {
		String typed = area.toLowerCase() + "1 7th";
		assertThat(PersonDetailsRule.postcode(typed)).isEqualTo(area.toUpperCase() + "1 7TH");
		assertThat(PersonDetailsRule.postcode(typed.replace(" ", ""))).isEqualTo(area.toUpperCase() + "1 7TH");
	}

	@Test
	void remindersGoOnlyWhereThePersonAgreedAndTheirPreferenceComesFirst() {
		assertThat(person("07700 900123", "a@example.com", null, true, true).reminderReach())
			.hasValueSatisfying(r -> assertThat(r.channel()).isEqualTo("TEXT_MESSAGE"));
		assertThat(person("07700 900123", "a@example.com", "EMAIL", true, true).reminderReach())
			.hasValueSatisfying(r -> assertThat(r.address()).isEqualTo("a@example.com"));
		assertThat(person("07700 900123", "a@example.com", null, false, true).reminderReach())
			.hasValueSatisfying(r -> assertThat(r.channel()).isEqualTo("EMAIL"));
		assertThat(person("07700 900123", null, null, false, true).reminderReach()).isEmpty();
		assertThat(person(null, null, null, true, true).reminderReach()).isEmpty();
	}

	private static PersonRecord person(String phone, String email, String channel, boolean text, boolean mail) {
		return new PersonRecord(1, "Z000001", "Ada", null, "Example", LocalDate.of(1990, 1, 1), Gender.FEMALE,
				Ethnicity.NS, null, null, "British", false, null, phone, email, 1, List.of(), List.of(), List.of(),
				null, null, channel, text, mail, 0);
	}

}
