package org.openprobation.migration.persistence;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.jspecify.annotations.Nullable;
import org.openprobation.migration.domain.ImportError;

/**
 * An import set as uploaded: a ZIP in the format of docs/data-format.md, read from a file
 * so that any entry can be opened in any order. Opening it reads only {@code export.csv}
 * and {@code manifest.csv}; what is wrong with them is among {@link #problems()}.
 */
public final class ImportSet implements AutoCloseable {

	public static final String MANIFEST = "manifest.csv";

	public static final String EXPORT = "export.csv";

	/** One file the manifest lists: its rows (not counting the header) and SHA-256. */
	public record Listed(String name, long rows, String sha256) {
	}

	private final @Nullable ZipFile zip;

	private final Map<String, Listed> manifest = new LinkedHashMap<>();

	private final List<ImportError> problems = new ArrayList<>();

	private @Nullable String formatVersion;

	private @Nullable String providerCode;

	private @Nullable String fingerprint;

	private ImportSet(@Nullable ZipFile zip) {
		this.zip = zip;
	}

	public static ImportSet open(Path file) {
		ZipFile zip;
		try {
			zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8);
		}
		catch (ZipException ex) {
			ImportSet set = new ImportSet(null);
			set.problems.add(ImportError.ofSet("(the set)", "This is not a ZIP file: an import set is the ZIP of CSV "
					+ "files that an export writes (docs/data-format.md)."));
			return set;
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		ImportSet set = new ImportSet(zip);
		set.readHead();
		return set;
	}

	private void readHead() {
		MessageDigest sha = sha256();
		List<String[]> export = lines(EXPORT, sha);
		List<String[]> listed = lines(MANIFEST, sha);
		if (export != null) {
			if (export.size() != 2 || !String.join(",", export.get(0)).startsWith("format_version,provider_code")) {
				problems.add(ImportError.ofSet(EXPORT, "export.csv must have the header "
						+ "format_version,provider_code,exported_at,cases_left_out and one row."));
			}
			else {
				String[] row = export.get(1);
				formatVersion = row[0].strip();
				providerCode = row.length > 1 ? row[1].strip() : "";
				if (!org.openprobation.migration.application.ProviderExport.FORMAT_VERSION.equals(formatVersion)) {
					problems.add(new ImportError(EXPORT, 2L, "format_version",
							"This platform reads format version "
									+ org.openprobation.migration.application.ProviderExport.FORMAT_VERSION
									+ "; the set says " + formatVersion + "."));
				}
				if (providerCode.isEmpty()) {
					problems.add(new ImportError(EXPORT, 2L, "provider_code", "The provider's code is missing."));
				}
			}
		}
		if (listed != null) {
			if (listed.isEmpty() || !String.join(",", listed.get(0)).equals("file,rows,sha256")) {
				problems.add(ImportError.ofSet(MANIFEST, "manifest.csv must have the header file,rows,sha256."));
			}
			else {
				for (int i = 1; i < listed.size(); i++) {
					String[] row = listed.get(i);
					long line = i + 1L;
					if (row.length != 3) {
						problems.add(
								new ImportError(MANIFEST, line, null, "A row names a file, its rows and its SHA-256."));
						continue;
					}
					String name = row[0].strip();
					if (zip == null || zip.getEntry(name) == null) {
						problems.add(new ImportError(MANIFEST, line, "file",
								"The manifest lists " + name + " but the set has no such file."));
						continue;
					}
					try {
						manifest.put(name, new Listed(name, Long.parseLong(row[1].strip()),
								row[2].strip().toLowerCase(java.util.Locale.ROOT)));
					}
					catch (NumberFormatException ex) {
						problems.add(new ImportError(MANIFEST, line, "rows", "Not a whole number: " + row[1]));
					}
				}
				if (zip != null) {
					zip.stream()
						.map(ZipEntry::getName)
						.filter(n -> !n.equals(MANIFEST) && !n.equals(EXPORT) && !manifest.containsKey(n)
								&& problems.stream().noneMatch(p -> n.equals(p.file())))
						.filter(n -> !n.endsWith("/"))
						.forEach(n -> problems
							.add(ImportError.ofSet(n, "The set holds " + n + " but the manifest does not list it.")));
				}
			}
		}
		fingerprint = HexFormat.of().formatHex(sha.digest());
	}

	/** A small file of the set, as rows of comma-separated fields; null when missing. */
	private @Nullable List<String[]> lines(String name, MessageDigest sha) {
		if (zip == null) {
			return null;
		}
		ZipEntry entry = zip.getEntry(name);
		if (entry == null) {
			problems.add(ImportError.ofSet(name, "The set has no " + name + " (docs/data-format.md)."));
			return null;
		}
		try (InputStream in = zip.getInputStream(entry)) {
			byte[] bytes = in.readNBytes(1 << 20);
			sha.update(bytes);
			List<String[]> rows = new ArrayList<>();
			try (BufferedReader reader = new BufferedReader(
					new InputStreamReader(new java.io.ByteArrayInputStream(bytes), StandardCharsets.UTF_8))) {
				for (String line = reader.readLine(); line != null; line = reader.readLine()) {
					if (!line.isBlank()) {
						rows.add(line.split(",", -1));
					}
				}
			}
			return rows;
		}
		catch (IOException ex) {
			problems.add(ImportError.ofSet(name, "The file could not be read from the ZIP: " + ex.getMessage()));
			return null;
		}
	}

	public List<ImportError> problems() {
		return List.copyOf(problems);
	}

	/** The files the manifest lists, by name. */
	public Map<String, Listed> manifest() {
		return Map.copyOf(manifest);
	}

	public @Nullable String providerCode() {
		return providerCode;
	}

	/**
	 * What identifies the set's content whatever ZIP holds it: the SHA-256 of its
	 * {@code export.csv} and {@code manifest.csv}, which hold every file's checksum.
	 */
	public @Nullable String fingerprint() {
		return fingerprint;
	}

	/** A file's size once uncompressed, in bytes (0 when not known). */
	public long size(String name) {
		ZipEntry entry = zip == null ? null : zip.getEntry(name);
		return entry == null ? 0 : Math.max(0, entry.getSize());
	}

	/** One file's bytes, as stored; the caller closes it. */
	public InputStream open(String name) throws IOException {
		if (zip == null || zip.getEntry(name) == null) {
			throw new IOException("The set has no " + name);
		}
		return zip.getInputStream(zip.getEntry(name));
	}

	/** The first line of a file: its header, as column names. */
	public List<String> header(String name) throws IOException {
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(open(name), StandardCharsets.UTF_8))) {
			String line = reader.readLine();
			if (line == null) {
				return List.of();
			}
			List<String> names = new ArrayList<>();
			for (String field : line.split(",", -1)) {
				String name1 = field.strip();
				if (name1.length() >= 2 && name1.startsWith("\"") && name1.endsWith("\"")) {
					name1 = name1.substring(1, name1.length() - 1).replace("\"\"", "\"");
				}
				names.add(name1);
			}
			return names;
		}
	}

	public static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() throws IOException {
		if (zip != null) {
			zip.close();
		}
	}

}
