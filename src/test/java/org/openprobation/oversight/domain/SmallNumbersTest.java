package org.openprobation.oversight.domain;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SmallNumbersTest {

	@Test
	void oneToFourPeopleAreShownAsFewerThanFiveInSmallGroupsOnly() {
		assertThat(SmallNumbers.shown(0, true)).isEqualTo("0");
		assertThat(SmallNumbers.shown(1, true)).isEqualTo("fewer than 5");
		assertThat(SmallNumbers.shown(4, true)).isEqualTo("fewer than 5");
		assertThat(SmallNumbers.shown(5, true)).isEqualTo("5");
		assertThat(SmallNumbers.shown(3, false)).isEqualTo("3");
	}

	@Property
	void noSmallGroupsCountOfOneToFourIsEverShown(@ForAll @IntRange(min = 0, max = 10_000) int count) {
		String shown = SmallNumbers.shown(count, true);
		assertThat(shown).isNotIn("1", "2", "3", "4");
		assertThat(shown.equals(SmallNumbers.FEWER_THAN_FIVE)).isEqualTo(count >= 1 && count <= 4);
	}

}
