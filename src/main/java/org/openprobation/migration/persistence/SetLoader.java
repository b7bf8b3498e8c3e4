package org.openprobation.migration.persistence;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.openprobation.migration.domain.ImportError;
import org.openprobation.migration.domain.ImportErrors;
import org.openprobation.migration.domain.ImportStatus;
import org.openprobation.shared.ProviderDataFiles.DataFile;
import org.postgresql.PGConnection;
import org.postgresql.util.PSQLException;

/**
 * Loads an import set into the database in one transaction, on one connection, checking
 * the whole set before a row is written (ADR 30):
 * <ol>
 * <li>each file is copied (COPY) into a temporary table of text columns that only this
 * transaction sees, and its rows and SHA-256 compared with the manifest;</li>
 * <li>every value is checked against its column's type, and the rows copied into a
 * temporary table of the real types;</li>
 * <li>every row is checked against the rules its table enforces, read from the catalog:
 * required columns, check constraints (codes, dates in order, lengths), keys and unique
 * indexes (within the set and against the database), and references (to a record of the
 * set or of the database);</li>
 * <li>only when nothing is wrong, the rows go into the tables, parents first, and the run
 * is marked loaded in the same transaction.</li>
 * </ol>
 * Any error, a failure or the process killed at any point leaves the tables as they were:
 * the transaction never commits.
 */
public final class SetLoader {

	/** Told how far the run has got. */
	public interface Progress {

		void at(ImportStatus status, int percent, String stage);

	}

	/** What a run came to: loaded with its counts, or refused with its errors. */
	public record Outcome(boolean loaded, boolean alreadyImported, Map<String, Long> counts, ImportErrors errors) {
	}

	private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]*");

	private static final Pattern COPY_LINE = Pattern.compile("line (\\d+)");

	private final List<DataFile> files;

	public SetLoader(List<DataFile> files) {
		this.files = files.stream()
			.sorted(Comparator.comparingInt(DataFile::order).thenComparing(DataFile::name))
			.toList();
	}

	/** A file of the set copied into its temporary tables. */
	private static final class Staged {

		final DataFile file;

		final TableShape shape;

		final List<String> header;

		final String stage;

		final String typed;

		long rows;

		boolean broken;

		Staged(DataFile file, TableShape shape, List<String> header) {
			this.file = file;
			this.shape = shape;
			this.header = header;
			String base = file.name().substring(0, file.name().length() - ".csv".length());
			this.stage = "import_stage_" + base;
			this.typed = "import_typed_" + base;
		}

		/**
		 * The staged text column holding a table column, or null when the file lacks it.
		 */
		@Nullable String source(String column) {
			int at = header.indexOf(column);
			return at < 0 ? null : "c" + (at + 1);
		}

	}

	public Outcome run(Connection connection, ImportSet set, UUID runId, Progress progress)
			throws SQLException, IOException {
		ImportErrors errors = new ImportErrors();
		set.problems().forEach(errors::add);
		Map<String, DataFile> known = files.stream()
			.collect(Collectors.toMap(DataFile::name, f -> f, (a, b) -> a, LinkedHashMap::new));
		set.manifest()
			.keySet()
			.stream()
			.sorted()
			.filter(name -> !known.containsKey(name))
			.forEach(name -> errors.add(ImportError.ofSet(name,
					"Format version 1 has no file " + name + " (docs/data-format.md lists every file).")));
		if (!set.manifest().containsKey("provider.csv") && set.problems().isEmpty()) {
			errors.add(ImportError.ofSet("provider.csv", "Every set has provider.csv: the provider it holds."));
		}
		if (errors.any()) {
			return new Outcome(false, false, Map.of(), errors);
		}
		boolean autoCommit = connection.getAutoCommit();
		connection.setAutoCommit(false);
		try {
			try (Statement session = connection.createStatement()) {
				session.execute("set local time zone 'UTC'");
				session.execute("set local datestyle = 'ISO, YMD'");
				session.execute("set local statement_timeout = 0");
				session.execute("set local work_mem = '64MB'");
			}
			Outcome outcome = validateAndLoad(connection, set, runId, progress, errors, known);
			if (outcome.loaded()) {
				connection.commit();
			}
			else {
				connection.rollback();
			}
			return outcome;
		}
		catch (SQLException | IOException | RuntimeException ex) {
			connection.rollback();
			throw ex;
		}
		finally {
			connection.setAutoCommit(autoCommit);
		}
	}

	private Outcome validateAndLoad(Connection connection, ImportSet set, UUID runId, Progress progress,
			ImportErrors errors, Map<String, DataFile> known) throws SQLException, IOException {
		long totalBytes = Math.max(1, set.manifest().keySet().stream().mapToLong(set::size).sum());
		long[] bytesRead = { 0 };
		long[] lastReport = { 0 };
		List<Staged> staged = new ArrayList<>();
		for (DataFile file : known.values()) {
			ImportSet.Listed listed = set.manifest().get(file.name());
			if (listed == null) {
				continue;
			}
			TableShape shape = TableShape.read(connection, file.table());
			List<String> header = set.header(file.name());
			if (!headerFits(file.name(), header, shape, errors)) {
				continue;
			}
			Staged one = new Staged(file, shape, header);
			staged.add(one);
			stage(connection, set, one, listed, errors, read -> {
				bytesRead[0] += read;
				long percent = 45 * bytesRead[0] / totalBytes;
				if (percent > lastReport[0]) {
					lastReport[0] = percent;
					progress.at(ImportStatus.VALIDATING, (int) percent, "Reading " + file.name());
				}
			});
		}
		if (errors.any()) {
			return new Outcome(false, false, Map.of(), errors);
		}
		int step = 0;
		for (Staged one : staged) {
			progress.at(ImportStatus.VALIDATING, 45 + 10 * step++ / staged.size(),
					"Checking types in " + one.file.name());
			checkTypes(connection, one, errors);
		}
		Map<String, Staged> byTable = staged.stream().collect(Collectors.toMap(s -> s.shape.table(), s -> s));
		step = 0;
		for (Staged one : staged) {
			progress.at(ImportStatus.VALIDATING, 55 + 15 * step++ / staged.size(),
					"Checking rules and references in " + one.file.name());
			checkRules(connection, one, byTable, errors);
		}
		checkProvider(connection, set, byTable.get("organisation.provider"), errors);
		if (errors.any()) {
			return new Outcome(false, false, Map.of(), errors);
		}
		return load(connection, set, runId, progress, staged, errors);
	}

	private static boolean headerFits(String name, List<String> header, TableShape shape, ImportErrors errors) {
		boolean fits = true;
		Set<String> seen = new HashSet<>();
		for (String column : header) {
			if (!NAME.matcher(column).matches()) {
				errors.add(new ImportError(name, 1L, column, "A column is named in lower case letters, digits and _."));
				fits = false;
			}
			else if (!seen.add(column)) {
				errors.add(new ImportError(name, 1L, column, "The column is named twice in the header."));
				fits = false;
			}
		}
		for (TableShape.Column column : shape.columns()) {
			if (column.required() && !header.contains(column.name())) {
				errors.add(new ImportError(name, 1L, column.name(),
						"The file has no column " + column.name() + ", which every row needs."));
				fits = false;
			}
		}
		return fits;
	}

	private interface Read {

		void bytes(long count);

	}

	private void stage(Connection connection, ImportSet set, Staged one, ImportSet.Listed listed, ImportErrors errors,
			Read read) throws SQLException, IOException {
		String columns = java.util.stream.IntStream.rangeClosed(1, one.header.size())
			.mapToObj(i -> "c" + i)
			.collect(Collectors.joining(", "));
		try (Statement create = connection.createStatement()) {
			create.execute("create temporary table " + one.stage
					+ " (line bigint generated always as identity (start with 2), "
					+ java.util.stream.IntStream.rangeClosed(1, one.header.size())
						.mapToObj(i -> "c" + i + " text")
						.collect(Collectors.joining(", "))
					+ ") on commit drop");
		}
		MessageDigest sha = ImportSet.sha256();
		Savepoint before = connection.setSavepoint();
		try (InputStream in = new Counting(new DigestInputStream(set.open(one.file.name()), sha), read)) {
			one.rows = connection.unwrap(PGConnection.class)
				.getCopyAPI()
				.copyIn("copy " + one.stage + " (" + columns + ") from stdin with (format csv, header true)", in);
			connection.releaseSavepoint(before);
		}
		catch (PSQLException ex) {
			connection.rollback(before);
			one.broken = true;
			errors.add(new ImportError(one.file.name(), copyLine(ex), null,
					"The file is not CSV as docs/data-format.md describes: " + named(one, message(ex))));
			return;
		}
		if (one.rows != listed.rows()) {
			errors.add(ImportError.ofSet(one.file.name(), "The manifest says " + listed.rows() + " rows; the file has "
					+ one.rows + ". The file changed after the manifest was written, or the manifest is wrong."));
		}
		String sum = HexFormat.of().formatHex(sha.digest());
		if (!sum.equals(listed.sha256())) {
			errors.add(ImportError.ofSet(one.file.name(), "The file's SHA-256 is " + sum
					+ ", not the manifest's: the file changed after the manifest was written."));
		}
	}

	private void checkTypes(Connection connection, Staged one, ImportErrors errors) throws SQLException {
		List<String> valid = new ArrayList<>();
		for (TableShape.Column column : one.shape.writable()) {
			String source = one.source(column.name());
			if (source == null || column.text()) {
				continue;
			}
			int found = query(connection, errors, one,
					"select line, (pg_input_error_info(" + source + ", ?)).message from " + one.stage + " where "
							+ source + " is not null and not pg_input_is_valid(" + source
							+ ", ?) order by line limit ?",
					List.of(column.type(), column.type(), errors.room()),
					rs -> errors.add(new ImportError(one.file.name(), rs.getLong(1), column.name(),
							"Not a value of type " + column.type() + ": " + rs.getString(2))));
			if (found > 0) {
				valid.add("(" + source + " is null or pg_input_is_valid(" + source + ", '" + column.type() + "'))");
			}
		}
		StringBuilder select = new StringBuilder("select line");
		for (TableShape.Column column : one.shape.writable()) {
			String source = one.source(column.name());
			String value;
			if (source != null) {
				value = column.text() ? source : "(" + source + ")::" + column.type();
			}
			else if (column.defaultValue() != null) {
				value = "(" + column.defaultValue() + ")::" + column.type();
			}
			else {
				value = "null::" + column.type();
			}
			select.append(", ").append(value).append(" as ").append(quote(column.name()));
		}
		try (Statement create = connection.createStatement()) {
			create.execute("create temporary table " + one.typed + " on commit drop as " + select + " from " + one.stage
					+ (valid.isEmpty() ? "" : " where " + String.join(" and ", valid)));
			create.execute("analyze " + one.typed);
		}
	}

	private void checkRules(Connection connection, Staged one, Map<String, Staged> byTable, ImportErrors errors)
			throws SQLException {
		String file = one.file.name();
		TableShape shape = one.shape;
		for (TableShape.Column column : shape.writable()) {
			if (column.notNull() && one.source(column.name()) != null) {
				query(connection, errors, one,
						"select line from " + one.typed + " where " + quote(column.name())
								+ " is null order by line limit ?",
						List.of(errors.room()),
						rs -> errors.add(new ImportError(file, rs.getLong(1), column.name(), "A value is required.")));
			}
		}
		Set<String> writable = shape.writable().stream().map(TableShape.Column::name).collect(Collectors.toSet());
		for (TableShape.Check check : shape.checks()) {
			if (!writable.containsAll(check.columns())) {
				continue;
			}
			query(connection, errors, one,
					"select line from " + one.typed + " where not coalesce((" + check.expression()
							+ "), true) order by line limit ?",
					List.of(errors.room()), rs -> errors.add(new ImportError(file, rs.getLong(1),
							String.join(", ", check.columns()), "Breaks the rule " + check.expression() + ".")));
		}
		if (!shape.primaryKey().isEmpty()) {
			unique(connection, one, shape.primaryKey(), null, "key", errors);
		}
		for (TableShape.Unique unique : shape.uniques()) {
			unique(connection, one, unique.columns(), unique.predicate(),
					"unique " + String.join(", ", unique.columns()), errors);
		}
		for (TableShape.Reference reference : shape.references()) {
			if (!writable.containsAll(reference.columns())) {
				continue;
			}
			Staged parent = byTable.get(reference.table());
			String match = match("s", reference.columns(), "p", reference.referenced());
			String given = reference.columns()
				.stream()
				.map(c -> "s." + quote(c) + " is not null")
				.collect(Collectors.joining(" and "));
			String described = describe("s", reference.columns(), reference.referenced());
			String inSet = parent == null ? ""
					: " and not exists (select 1 from " + parent.typed + " p where " + match + ")";
			String what = parent == null ? reference.table() : parent.file.name();
			query(connection, errors, one,
					"select s.line, " + described + " from " + one.typed + " s where " + given + inSet
							+ " and not exists (select 1 from " + reference
								.table()
							+ " p where " + match + ")" + " order by s.line limit ?",
					List.of(errors.room()),
					rs -> errors.add(new ImportError(file, rs.getLong(1), String.join(", ", reference.columns()),
							"Refers to " + what + " with " + rs.getString(2)
									+ ", which is neither in the set nor in this database.")));
		}
	}

	/**
	 * Rows of the file with the same key as an earlier row, or as a row already in the
	 * database.
	 */
	private void unique(Connection connection, Staged one, List<String> columns, @Nullable String predicate,
			String what, ImportErrors errors) throws SQLException {
		String file = one.file.name();
		String keys = columns.stream().map(SetLoader::quote).collect(Collectors.joining(", "));
		String covered = columns.stream().map(c -> quote(c) + " is not null").collect(Collectors.joining(" and "))
				+ (predicate == null ? "" : " and (" + predicate + ")");
		query(connection, errors, one,
				"select line, first, " + describe(null, columns) + " from (select *, min(line) over (partition by "
						+ keys + ") first from " + one.typed + " where " + covered + ") d where line > first"
						+ " order by line limit ?",
				List.of(errors.room()),
				rs -> errors.add(new ImportError(file, rs.getLong(1), String.join(", ", columns),
						"Line " + rs.getLong(2) + " has the same " + what + " (" + rs.getString(3) + ").")));
		query(connection, errors, one,
				"select s.line, " + describe("s", columns) + " from (select * from " + one.typed + " where " + covered
						+ ") s where exists (select 1 from (select " + keys + " from " + one.shape.table() + " where "
						+ covered + ") p where " + match("s", columns, "p", columns) + ") order by s.line limit ?",
				List.of(errors.room()),
				rs -> errors.add(new ImportError(file, rs.getLong(1), String.join(", ", columns),
						"This database already has a record with the same " + what + " (" + rs.getString(2) + ").")));
	}

	private void checkProvider(Connection connection, ImportSet set, @Nullable Staged provider, ImportErrors errors)
			throws SQLException {
		if (provider == null) {
			return;
		}
		try (Statement s = connection.createStatement();
				ResultSet rs = s.executeQuery("select count(*), min(code) from " + provider.typed)) {
			rs.next();
			if (rs.getLong(1) != 1 || !String.valueOf(set.providerCode()).equals(rs.getString(2))) {
				errors.add(ImportError.ofSet("provider.csv",
						"provider.csv has one row: the provider " + set.providerCode() + " that export.csv names."));
			}
		}
	}

	private Outcome load(Connection connection, ImportSet set, UUID runId, Progress progress, List<Staged> staged,
			ImportErrors errors) throws SQLException {
		long total = Math.max(1, staged.stream().mapToLong(s -> s.rows).sum());
		long done = 0;
		Map<String, Long> counts = new LinkedHashMap<>();
		for (Staged one : parentsFirst(staged)) {
			progress.at(ImportStatus.LOADING, (int) (70 + 29 * done / total), "Loading " + one.file.name());
			String columns = one.shape.writable().stream().map(c -> quote(c.name())).collect(Collectors.joining(", "));
			try (Statement insert = connection.createStatement()) {
				insert.executeUpdate("insert into " + one.shape.table() + " (" + columns + ")"
						+ (one.shape.hasIdentity() ? " overriding system value" : "") + " select " + columns + " from "
						+ one.typed);
			}
			done += one.rows;
			counts.put(one.file.name(), one.rows);
		}
		for (Staged one : staged) {
			for (TableShape.Column column : one.shape.columns()) {
				if (column.identity()) {
					try (PreparedStatement next = connection.prepareStatement("""
							select setval(s.seq, x.m) from (select pg_get_serial_sequence(?, ?) seq) s,
							  (select max(%s) m from %s) x
							where x.m is not null and x.m > coalesce(pg_sequence_last_value(s.seq::regclass), 0)"""
						.formatted(quote(column.name()), one.shape.table()))) {
						next.setString(1, one.shape.table());
						next.setString(2, column.name());
						next.execute();
					}
				}
			}
		}
		Map<String, Long> ordered = new LinkedHashMap<>();
		staged.forEach(s -> ordered.put(s.file.name(), counts.getOrDefault(s.file.name(), 0L)));
		progress.at(ImportStatus.LOADING, 99, "Committing");
		Savepoint mark = connection.setSavepoint();
		// written in the load's transaction: the set is recorded as loaded exactly when
		// its rows are there
		try (PreparedStatement loaded = connection.prepareStatement(
				"insert into migration.loaded_set (fingerprint, run_id, provider_code, counts, loaded_at) "
						+ "values (?, ?, ?, ?::jsonb, now())")) {
			loaded.setString(1, set.fingerprint());
			loaded.setObject(2, runId);
			loaded.setString(3, set.providerCode());
			loaded.setString(4, json(ordered));
			loaded.executeUpdate();
		}
		catch (PSQLException ex) {
			if ("23505".equals(ex.getSQLState())) {
				connection.rollback(mark);
				return new Outcome(false, true, Map.of(), errors);
			}
			throw ex;
		}
		return new Outcome(true, false, ordered, errors);
	}

	/** The files in an order where every record comes after those it refers to. */
	private static List<Staged> parentsFirst(List<Staged> staged) {
		Map<String, Staged> byTable = new HashMap<>();
		staged.forEach(s -> byTable.put(s.shape.table(), s));
		List<Staged> ordered = new ArrayList<>();
		Set<Staged> placed = new HashSet<>();
		List<Staged> waiting = new ArrayList<>(staged);
		while (!waiting.isEmpty()) {
			Staged next = waiting.stream()
				.filter(s -> s.shape.references()
					.stream()
					.map(r -> byTable.get(r.table()))
					.allMatch(p -> p == null || p == s || placed.contains(p)))
				.findFirst()
				.orElse(waiting.get(0));
			waiting.remove(next);
			placed.add(next);
			ordered.add(next);
		}
		return ordered;
	}

	private interface Rows {

		void row(ResultSet rs) throws SQLException;

	}

	/**
	 * Runs one check, answering how many rows it found; a check that PostgreSQL cannot
	 * run is itself an error of the file, and the transaction goes on from before it.
	 */
	private static int query(Connection connection, ImportErrors errors, Staged one, String sql, List<Object> params,
			Rows rows) throws SQLException {
		Savepoint before = connection.setSavepoint();
		int found = 0;
		try (PreparedStatement s = connection.prepareStatement(sql)) {
			for (int i = 0; i < params.size(); i++) {
				s.setObject(i + 1, params.get(i));
			}
			try (ResultSet rs = s.executeQuery()) {
				while (rs.next()) {
					rows.row(rs);
					found++;
				}
			}
			connection.releaseSavepoint(before);
		}
		catch (PSQLException ex) {
			connection.rollback(before);
			errors.add(ImportError.ofSet(one.file.name(), "The file could not be checked: " + message(ex)));
		}
		return found;
	}

	private static String match(String left, List<String> leftColumns, String right, List<String> rightColumns) {
		List<String> parts = new ArrayList<>();
		for (int i = 0; i < leftColumns.size(); i++) {
			parts.add(left + "." + quote(leftColumns.get(i)) + " = " + right + "." + quote(rightColumns.get(i)));
		}
		return String.join(" and ", parts);
	}

	/** An SQL expression reading like {@code id = 5, code = N07}. */
	private static String describe(@Nullable String alias, List<String> columns) {
		return describe(alias, columns, columns);
	}

	/** The values of these columns, each labelled with the name given. */
	private static String describe(@Nullable String alias, List<String> columns, List<String> labels) {
		String prefix = alias == null ? "" : alias + ".";
		List<String> parts = new ArrayList<>();
		for (int i = 0; i < columns.size(); i++) {
			parts.add("'" + labels.get(i) + " = ' || coalesce(" + prefix + quote(columns.get(i)) + "::text, 'empty')");
		}
		return String.join(" || ', ' || ", parts);
	}

	private static String quote(String name) {
		return "\"" + name.replace("\"", "\"\"") + "\"";
	}

	private static @Nullable Long copyLine(PSQLException ex) {
		String where = ex.getServerErrorMessage() == null ? null : ex.getServerErrorMessage().getWhere();
		if (where == null) {
			return null;
		}
		Matcher line = COPY_LINE.matcher(where);
		return line.find() ? Long.parseLong(line.group(1)) : null;
	}

	private static String message(PSQLException ex) {
		return ex.getServerErrorMessage() == null ? String.valueOf(ex.getMessage())
				: ex.getServerErrorMessage().getMessage();
	}

	/** PostgreSQL names the staged columns c1, c2...; the error names the file's. */
	private static String named(Staged one, String message) {
		Matcher column = Pattern.compile("\"c(\\d+)\"").matcher(message);
		StringBuilder named = new StringBuilder();
		while (column.find()) {
			int at = Integer.parseInt(column.group(1)) - 1;
			column.appendReplacement(named, Matcher
				.quoteReplacement(at < one.header.size() ? "\"" + one.header.get(at) + "\"" : column.group()));
		}
		column.appendTail(named);
		return named.toString();
	}

	private static String json(Map<String, Long> counts) {
		return counts.entrySet()
			.stream()
			.map(e -> "\"" + e.getKey() + "\": " + e.getValue())
			.collect(Collectors.joining(", ", "{", "}"));
	}

	/** Counts the bytes read, to tell how far the copy has got. */
	private static final class Counting extends FilterInputStream {

		private final Read read;

		Counting(InputStream in, Read read) {
			super(in);
			this.read = read;
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				read.bytes(1);
			}
			return b;
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			int n = super.read(b, off, len);
			if (n > 0) {
				read.bytes(n);
			}
			return n;
		}

	}

}
