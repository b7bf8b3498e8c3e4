package org.openprobation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A module's SQL names its own schema and the views others publish in {@code reporting}
 * (ADR 18), never another module's tables: the module verification cannot see a join in a
 * string, so this reads the SQL in the source.
 */
class ModuleSqlTests {

	private static final Path SOURCES = Path.of("src/main/java/org/openprobation");

	private static final Pattern LITERAL = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"",
			Pattern.DOTALL);

	private static final Pattern SQL = Pattern.compile("\\b(select|insert|update|delete|truncate|from|join|exists)\\b",
			Pattern.CASE_INSENSITIVE);

	@Test
	void sqlNamesOnlyItsOwnModulesSchemaAndReporting() {
		Set<String> modules = modules();
		assertThat(modules).contains("people", "contacts", "enforcement", "unpaidwork");
		Pattern qualified = Pattern.compile("\\b(" + String.join("|", modules) + ")\\.([a-z_]+)\\b");
		List<String> crossings = new ArrayList<>();
		for (Path file : javaFiles(SOURCES)) {
			String module = moduleOf(file);
			for (String sql : sqlIn(read(file))) {
				Matcher m = qualified.matcher(sql);
				while (m.find()) {
					if (!m.group(1).equals(module)) {
						crossings.add(SOURCES.relativize(file) + " names " + m.group());
					}
				}
			}
		}
		assertThat(crossings)
			.as("SQL that reads or writes another module's tables: read its reporting view, "
					+ "or ask the module through its facade")
			.isEmpty();
	}

	@Test
	void theScanFindsACrossingWhereThereIsOne() {
		assertThat(sqlIn("""
				String x = \"""
				    select p.crn from people.person p
				    \""";
				String y = "openprobation.demo.generate";
				""")).containsExactly("\n    select p.crn from people.person p\n    ");
	}

	static List<String> sqlIn(String source) {
		List<String> found = new ArrayList<>();
		Matcher m = LITERAL.matcher(source);
		while (m.find()) {
			String text = m.group(1) != null ? m.group(1) : m.group(2);
			if (SQL.matcher(text).find()) {
				found.add(text);
			}
		}
		return found;
	}

	private static Set<String> modules() {
		try (Stream<Path> dirs = Files.list(SOURCES)) {
			Set<String> names = new TreeSet<>();
			dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).forEach(names::add);
			names.remove("shared");
			names.remove("shell");
			return names;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The module a source file belongs to; the application's own package has none. */
	private static String moduleOf(Path file) {
		Path relative = SOURCES.relativize(file);
		return relative.getNameCount() > 1 ? relative.getName(0).toString() : "";
	}

	private static List<Path> javaFiles(Path root) {
		try (Stream<Path> files = Files.walk(root)) {
			return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
