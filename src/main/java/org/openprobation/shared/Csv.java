package org.openprobation.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * CSV for spreadsheets (RFC 4180 with CRLF line ends): every text field is quoted, and a
 * field a spreadsheet would read as a formula is prefixed so that it stays text. Also
 * reads RFC 4180 text (quoted fields with commas, doubled quotes and line breaks; CRLF or
 * LF line ends; a byte order mark ignored), for imports.
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

	/** A record read from CSV text, with the line of the text it starts on. */
	public record Record(int line, List<String> fields) {

		public Record {
			fields = List.copyOf(fields);
		}

		/** Whether every field is empty (a blank line, or a spreadsheet's empty row). */
		public boolean blank() {
			return fields.stream().allMatch(String::isBlank);
		}

	}

	/**
	 * Reads CSV text into records; a quoted field left open is refused, naming the line
	 * it opened on.
	 */
	public static List<Record> read(String text) {
		List<Record> records = new ArrayList<>();
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		int line = 1;
		int recordLine = 1;
		int quotedFrom = 0;
		boolean quoted = false;
		boolean any = false;
		int start = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? 1 : 0;
		for (int i = start; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					if (c == '\n') {
						line++;
					}
					field.append(c);
				}
				continue;
			}
			any = true;
			if (c == '"') {
				quoted = true;
				quotedFrom = line;
			}
			else if (c == ',') {
				fields.add(field.toString());
				field.setLength(0);
			}
			else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
				// the LF ends the record
			}
			else if (c == '\n') {
				fields.add(field.toString());
				field.setLength(0);
				records.add(new Record(recordLine, fields));
				fields = new ArrayList<>();
				line++;
				recordLine = line;
				any = false;
			}
			else {
				field.append(c);
			}
		}
		if (quoted) {
			throw new BadRequest(List.of(new FieldProblem("line " + quotedFrom,
					"Line " + quotedFrom + " opens a quoted value that is never closed")));
		}
		if (any || !fields.isEmpty() || field.length() > 0) {
			fields.add(field.toString());
			records.add(new Record(recordLine, fields));
		}
		return records;
	}

}
