package org.openprobation.access;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordRulesTest {

	@Test
	void shipsTheTenThousandMostCommonPasswords() {
		assertThat(PasswordRules.commonCount()).isEqualTo(10_000);
		assertThat(PasswordRules.isCommon("password")).isTrue();
		// ranked within the first 10,000, and long enough to pass the length check
		assertThat(PasswordRules.isCommon("qwerty123456")).isTrue();
		assertThat(PasswordRules.isCommon("QWERTY123456")).isTrue();
		// ranked after the first 10,000: not refused
		assertThat(PasswordRules.isCommon("qazxswedcvfr")).isFalse();
	}

	@Test
	void refusesShortUsernameAndCommonPasswordsSayingWhy() {
		assertThat(PasswordRules.problem("jsmith", "short-one")).hasValueSatisfying(p -> assertThat(p).contains("12"));
		assertThat(PasswordRules.problem("jsmith.longname", "JSmith.LongName"))
			.hasValueSatisfying(p -> assertThat(p).contains("username"));
		assertThat(PasswordRules.problem("jsmith", "qwerty123456"))
			.hasValueSatisfying(p -> assertThat(p).contains("common"));
		assertThat(PasswordRules.problem("jsmith", "x".repeat(73)))
			.hasValueSatisfying(p -> assertThat(p).contains("at most"));
		assertThat(PasswordRules.problem("jsmith", "correct horse battery staple")).isEmpty();
	}

	@Property
	void noPasswordShorterThanTwelveIsAccepted(@ForAll @StringLength(max = 11) String password) {
		assertThat(PasswordRules.problem("someone", password)).isPresent();
	}

}
