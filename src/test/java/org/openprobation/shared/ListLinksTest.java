package org.openprobation.shared;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ListLinksTest {

	private final ListLinks links = new ListLinks("/people", Map.of("q", "o'brien & <b>"), "name",
			SortDirection.ASCENDING, 5, 20);

	@Test
	void sortingTheCurrentColumnReversesItAndStartsAgainOnPageOne() {
		assertThat(links.sortBy("name")).isEqualTo("/people?q=o%27brien+%26+%3Cb%3E&sort=name&dir=desc");
		assertThat(links.sortBy("dob")).isEqualTo("/people?q=o%27brien+%26+%3Cb%3E&sort=dob&dir=asc");
		assertThat(links.ariaSort("name")).isEqualTo("ascending");
		assertThat(links.ariaSort("dob")).isEqualTo("none");
	}

	@Test
	void pageLinksKeepTheFiltersAndSort() {
		assertThat(links.page(6)).isEqualTo("/people?q=o%27brien+%26+%3Cb%3E&sort=name&dir=asc&page=6");
		assertThat(links.page(1)).doesNotContain("page=");
	}

	@Test
	void pageNumbersShowTheEndsAndNeighboursWithEllipses() {
		assertThat(links.numbers()).containsExactly(1, 0, 4, 5, 6, 0, 20);
		assertThat(new ListLinks("/x", Map.of(), "a", SortDirection.ASCENDING, 1, 3).numbers()).containsExactly(1, 2,
				3);
	}

	@Test
	void pageNumbersMustBeWholeNumbersFromOne() {
		assertThat(PageNumber.parse(null)).contains(1);
		assertThat(PageNumber.parse("3")).contains(3);
		assertThat(PageNumber.parse("0")).isEmpty();
		assertThat(PageNumber.parse("-1")).isEmpty();
		assertThat(PageNumber.parse("abc")).isEmpty();
		assertThat(PageNumber.parse("99999999999")).isEmpty();
	}

}
