package org.openprobation;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import javax.sql.DataSource;

import org.postgresql.PGConnection;

/**
 * A consistent logical backup of every table of the platform (one snapshot, PostgreSQL
 * binary COPY per table, with a manifest of row counts), and its restore into a database
 * that has the schema and no data: all tables in one transaction, so a failed restore
 * leaves nothing behind. Works the same on the embedded and on an external PostgreSQL
 * (restoring needs a user allowed to set {@code session_replication_role}, such as the
 * database owner).
 */
public final class DatabaseBackup {

	static final String MANIFEST = "manifest.properties";

	private DatabaseBackup() {
	}

	/**
	 * The platform's tables, schema by schema (Flyway's own history is left to Flyway).
	 */
	static List<String> tables(Connection connection) throws SQLException {
		List<String> tables = new ArrayList<>();
		try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("""
				select table_schema || '.' || table_name from information_schema.tables
				where table_type = 'BASE TABLE'
				  and table_schema not in ('pg_catalog', 'information_schema', 'public')
				  and table_schema not like 'pg\\_%'
				order by table_schema, table_name
				""")) {
			while (rs.next()) {
				tables.add(rs.getString(1));
			}
		}
		return tables;
	}

	/** Writes every table to {@code directory}; answers the rows written per table. */
	public static Map<String, Long> dump(DataSource dataSource, Path directory) {
		try (Connection connection = dataSource.getConnection()) {
			Files.createDirectories(directory);
			connection.setAutoCommit(false);
			connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
			connection.setReadOnly(true);
			Map<String, Long> counts = new LinkedHashMap<>();
			PGConnection pg = connection.unwrap(PGConnection.class);
			for (String table : tables(connection)) {
				try (OutputStream out = new BufferedOutputStream(
						Files.newOutputStream(directory.resolve(table + ".copy")))) {
					counts.put(table, pg.getCopyAPI().copyOut("copy " + table + " to stdout (format binary)", out));
				}
			}
			Properties manifest = new Properties();
			try (Statement s = connection.createStatement();
					ResultSet rs = s
						.executeQuery("select max(version) from public.flyway_schema_history where success")) {
				rs.next();
				manifest.setProperty("schema-version", String.valueOf(rs.getString(1)));
			}
			counts.forEach((table, rows) -> manifest.setProperty("rows." + table, String.valueOf(rows)));
			try (OutputStream out = Files.newOutputStream(directory.resolve(MANIFEST))) {
				manifest.store(out, "OpenProbation backup");
			}
			connection.commit();
			return counts;
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Backup failed: " + ex.getMessage(), ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Loads a backup into a database with the same schema version and no data, all or
	 * nothing; answers the rows loaded per table.
	 */
	public static Map<String, Long> restore(DataSource dataSource, Path directory) {
		Properties manifest = new Properties();
		try (InputStream in = Files.newInputStream(directory.resolve(MANIFEST))) {
			manifest.load(in);
		}
		catch (IOException ex) {
			throw new IllegalStateException("No backup manifest in " + directory, ex);
		}
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try (Statement s = connection.createStatement();
					ResultSet rs = s
						.executeQuery("select max(version) from public.flyway_schema_history where success")) {
				rs.next();
				String version = String.valueOf(rs.getString(1));
				if (!version.equals(manifest.getProperty("schema-version"))) {
					throw new IllegalStateException(
							"The backup is of schema version " + manifest.getProperty("schema-version")
									+ " but the database is at " + version + ": restore with the same release");
				}
			}
			List<String> tables = tables(connection);
			try (Statement s = connection.createStatement()) {
				for (String table : tables) {
					try (ResultSet rs = s.executeQuery("select exists (select 1 from " + table + ")")) {
						rs.next();
						if (rs.getBoolean(1) && manifest.containsKey("rows." + table)) {
							throw new IllegalStateException(
									"The database already holds data (" + table + "): restore into an empty database");
						}
					}
				}
				// constraints were checked when the rows were first written; the rows
				// arrive table by table
				s.execute("set local session_replication_role = replica");
			}
			PGConnection pg = connection.unwrap(PGConnection.class);
			Map<String, Long> counts = new LinkedHashMap<>();
			for (String table : tables) {
				Path file = directory.resolve(table + ".copy");
				if (!Files.exists(file)) {
					continue;
				}
				try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
					counts.put(table, pg.getCopyAPI().copyIn("copy " + table + " from stdin (format binary)", in));
				}
				long expected = Long.parseLong(manifest.getProperty("rows." + table, "-1"));
				if (expected >= 0 && counts.get(table) != expected) {
					throw new IllegalStateException(
							table + ": " + counts.get(table) + " rows read, " + expected + " in the manifest");
				}
			}
			resetIdentities(connection);
			connection.commit();
			return counts;
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Restore failed, nothing was restored: " + ex.getMessage(), ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Moves every identity and serial sequence past the highest value restored. */
	private static void resetIdentities(Connection connection) throws SQLException {
		List<String[]> columns = new ArrayList<>();
		try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("""
				select table_schema || '.' || table_name, column_name from information_schema.columns
				where (is_identity = 'YES' or column_default like 'nextval(%')
				  and table_schema not in ('pg_catalog', 'information_schema', 'public')
				""")) {
			while (rs.next()) {
				columns.add(new String[] { rs.getString(1), rs.getString(2) });
			}
		}
		try (Statement s = connection.createStatement()) {
			for (String[] c : columns) {
				s.execute("select setval(pg_get_serial_sequence('" + c[0] + "', '" + c[1] + "'), coalesce((select max("
						+ c[1] + ") from " + c[0] + "), 0) + 1, false)");
			}
		}
	}

}
