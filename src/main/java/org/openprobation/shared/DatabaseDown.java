package org.openprobation.shared;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * Whether a failure means the database cannot be reached (stopped, restarting, out of
 * connections) rather than a fault in a request: the platform then answers 503 and
 * recovers by itself when the database is back.
 */
public final class DatabaseDown {

	/** Seconds a client is told to wait before trying again. */
	public static final int RETRY_AFTER_SECONDS = 10;

	private DatabaseDown() {
	}

	public static boolean causedBy(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof org.springframework.dao.DataAccessResourceFailureException
					|| t instanceof org.springframework.transaction.CannotCreateTransactionException
					|| t instanceof SQLTransientConnectionException || t instanceof java.net.ConnectException) {
				return true;
			}
			// 08: connection exceptions; 57P01-57P03: the server is shutting down or
			// starting
			if (t instanceof SQLException sql && sql.getSQLState() != null
					&& (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
				return true;
			}
			// the pool's own report of a connection that broke under it (it sets no SQL
			// state)
			if (t instanceof SQLException sql && sql.getMessage() != null
					&& sql.getMessage().toLowerCase(java.util.Locale.ROOT).contains("connection is closed")) {
				return true;
			}
		}
		return false;
	}

}
