package org.openprobation.migration;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Import sets taken apart and put together again by tests: files by name, a file's CSV as
 * rows of fields (an empty unquoted field is null, {@code ""} is an empty string, as
 * PostgreSQL writes them), and a ZIP with a manifest that matches its files.
 */
public final class ImportSets {

	private ImportSets() {
	}

	public static Map<String, byte[]> unzip(byte[] zip) throws IOException {
		Map<String, byte[]> files = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
				files.put(e.getName(), in.readAllBytes());
			}
		}
		return files;
	}

	/** The files zipped with a manifest made afresh from them (rows and SHA-256). */
	public static byte[] zip(Map<String, byte[]> files) throws Exception {
		StringBuilder manifest = new StringBuilder("file,rows,sha256\n");
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (Map.Entry<String, byte[]> file : files.entrySet()) {
				if (file.getKey().equals("manifest.csv")) {
					continue;
				}
				zip.putNextEntry(new ZipEntry(file.getKey()));
				zip.write(file.getValue());
				zip.closeEntry();
				if (!file.getKey().equals("export.csv")) {
					manifest.append(file.getKey())
						.append(',')
						.append(parse(file.getValue()).size() - 1)
						.append(',')
						.append(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file.getValue())))
						.append('\n');
				}
			}
			zip.putNextEntry(new ZipEntry("manifest.csv"));
			zip.write(manifest.toString().getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		return bytes.toByteArray();
	}

	/** Every record of a CSV file, the header first. */
	public static List<List<String>> parse(byte[] csv) {
		String text = new String(csv, StandardCharsets.UTF_8);
		List<List<String>> records = new ArrayList<>();
		List<String> record = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		boolean wasQuoted = false;
		for (int i = 0; i < text.length(); i++) {
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
					field.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
				wasQuoted = true;
			}
			else if (c == ',' || c == '\n') {
				record.add(field.isEmpty() && !wasQuoted ? null : field.toString());
				field.setLength(0);
				wasQuoted = false;
				if (c == '\n') {
					records.add(record);
					record = new ArrayList<>();
				}
			}
			else if (c != '\r') {
				field.append(c);
			}
		}
		if (!record.isEmpty() || !field.isEmpty()) {
			record.add(field.isEmpty() && !wasQuoted ? null : field.toString());
			records.add(record);
		}
		return records;
	}

	public static byte[] write(List<List<String>> records) {
		StringBuilder out = new StringBuilder();
		for (List<String> record : records) {
			for (int i = 0; i < record.size(); i++) {
				if (i > 0) {
					out.append(',');
				}
				String value = record.get(i);
				if (value == null) {
					continue;
				}
				if (value.isEmpty() || value.contains(",") || value.contains("\"") || value.contains("\n")
						|| value.contains("\r")) {
					out.append('"').append(value.replace("\"", "\"\"")).append('"');
				}
				else {
					out.append(value);
				}
			}
			out.append('\n');
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

}
