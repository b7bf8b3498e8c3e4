package org.openprobation.shared;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * Rows in PostgreSQL's COPY text format, built in memory for a bulk load: tab between
 * columns, {@code \N} for null, backslash escapes for tab, newline and backslash.
 */
public final class CopyRows {

	private final StringBuilder text = new StringBuilder(1 << 16);

	private boolean startOfRow = true;

	private int rows;

	public CopyRows add(Object value) {
		if (!startOfRow) {
			text.append('\t');
		}
		startOfRow = false;
		if (value == null) {
			text.append("\\N");
		}
		else if (value instanceof LocalDate || value instanceof OffsetDateTime || value instanceof Number
				|| value instanceof Boolean) {
			text.append(value);
		}
		else {
			escape(value.toString());
		}
		return this;
	}

	public CopyRows endRow() {
		text.append('\n');
		startOfRow = true;
		rows++;
		return this;
	}

	public int rows() {
		return rows;
	}

	public String text() {
		return text.toString();
	}

	private void escape(String s) {
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			switch (c) {
				case '\\' -> text.append("\\\\");
				case '\t' -> text.append("\\t");
				case '\n' -> text.append("\\n");
				case '\r' -> text.append("\\r");
				default -> text.append(c);
			}
		}
	}

}
