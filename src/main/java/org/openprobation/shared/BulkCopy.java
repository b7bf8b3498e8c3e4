package org.openprobation.shared;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.postgresql.PGConnection;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Streams {@link CopyRows} into a table with PostgreSQL's COPY, on the connection of the
 * current transaction so a bulk load commits whole or not at all.
 */
public final class BulkCopy {

	private BulkCopy() {
	}

	/**
	 * @param target a table and its columns, e.g.
	 * {@code people.alias (person_id, forename)}
	 * @return the number of rows copied
	 */
	public static long into(DataSource dataSource, String target, CopyRows rows) {
		if (rows.rows() == 0) {
			return 0;
		}
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			PGConnection pg = connection.unwrap(PGConnection.class);
			return pg.getCopyAPI().copyIn("COPY " + target + " FROM STDIN", new StringReader(rows.text()));
		}
		catch (SQLException | IOException ex) {
			throw new DataAccessResourceFailureException("COPY into " + target + " failed: " + ex.getMessage(), ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}

	/** Moves an identity column's sequence past the ids a bulk load supplied itself. */
	public static void resetIdentity(DataSource dataSource, String table) {
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try (var statement = connection.createStatement()) {
			statement.execute("select setval(pg_get_serial_sequence('" + table + "', 'id'), "
					+ "coalesce((select max(id) from " + table + "), 0) + 1, false)");
		}
		catch (SQLException ex) {
			throw new DataAccessResourceFailureException("Could not reset the identity of " + table, ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}

}
