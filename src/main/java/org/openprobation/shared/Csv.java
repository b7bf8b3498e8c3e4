package org.openprobation.shared;

import java.util.StringJoiner;

/**
 * CSV for spreadsheets (RFC 4180 with CRLF line ends): every text field is quoted, and a
 * field a spreadsheet would read as a formula is prefixed so that it stays text.
 */
public final class Csv {

	private final StringBuilder csv = new StringBuilder();

	public Csv(String... header) {
		row((Object[]) header);
	}

	/** Adds a row; numbers are written as they are, anything else quoted. */
	public Csv row(Object... values) {
		StringJoiner line = new StringJoiner(",");
		for (Object value : values) {
			line.add(value == null ? "" : value instanceof Number ? value.toString() : quote(value.toString()));
		}
		csv.append(line).append("\r\n");
		return this;
	}

	/** Quotes a field, and stops a spreadsheet reading it as a formula. */
	public static String quote(String value) {
		String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
		return "\"" + safe.replace("\"", "\"\"") + "\"";
	}

	@Override
	public String toString() {
		return csv.toString();
	}

}
