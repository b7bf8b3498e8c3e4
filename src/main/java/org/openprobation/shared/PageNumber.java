package org.openprobation.shared;

import java.util.Optional;

/**
 * Reads a page number typed into a URL: whole numbers from 1; anything else is refused.
 */
public final class PageNumber {

	private PageNumber() {
	}

	public static final int MAX_PAGE = 1_000_000;

	public static Optional<Integer> parse(String typed) {
		if (typed == null || typed.isBlank()) {
			return Optional.of(1);
		}
		String t = typed.strip();
		if (!t.matches("[0-9]{1,7}")) {
			return Optional.empty();
		}
		int n = Integer.parseInt(t);
		return (n >= 1 && n <= MAX_PAGE) ? Optional.of(n) : Optional.empty();
	}

}
