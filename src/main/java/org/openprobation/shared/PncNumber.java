package org.openprobation.shared;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Police National Computer number, written {@code YYYY/NNNNNNNC}: the year, a serial
 * number and a check letter. The check letter is the remainder of the two-digit year
 * followed by the seven-digit serial, divided by 23, looked up in {@link #CHECK_LETTERS}.
 * Short forms ({@code YY/NNNNNC}) are read and written in the long form.
 */
public record PncNumber(int year, int serial) {

	static final String CHECK_LETTERS = "ZABCDEFGHJKLMNPQRTUVWXY";

	private static final Pattern FORMAT = Pattern.compile("(\\d{2}|\\d{4})/(\\d{1,7})([A-Z])");

	public PncNumber {
		if (year < 1900 || year > 2099) {
			throw new IllegalArgumentException("The year of a PNC number must be between 1900 and 2099");
		}
		if (serial < 0 || serial > 9_999_999) {
			throw new IllegalArgumentException("The serial of a PNC number has at most seven digits");
		}
	}

	public char checkLetter() {
		long number = (year % 100) * 10_000_000L + serial;
		return CHECK_LETTERS.charAt((int) (number % 23));
	}

	/** Reads a typed PNC number; empty when the format or the check letter is wrong. */
	public static Optional<PncNumber> parse(String typed) {
		if (typed == null) {
			return Optional.empty();
		}
		Matcher m = FORMAT.matcher(typed.strip().toUpperCase(Locale.ROOT));
		if (!m.matches()) {
			return Optional.empty();
		}
		int year = Integer.parseInt(m.group(1));
		if (m.group(1).length() == 2) {
			year += (year > 50) ? 1900 : 2000;
		}
		PncNumber pnc = new PncNumber(year, Integer.parseInt(m.group(2)));
		return (pnc.checkLetter() == m.group(3).charAt(0)) ? Optional.of(pnc) : Optional.empty();
	}

	@Override
	public String toString() {
		return String.format(Locale.ROOT, "%04d/%07d%c", year, serial, checkLetter());
	}

}
