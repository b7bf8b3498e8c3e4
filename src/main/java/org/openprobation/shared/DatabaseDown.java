package org.openprobation.shared;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;

/**
 * Whether a failure means the database cannot serve (stopped or restarting, out of
 * connections, read-only, out of disk space) rather than a fault in a request: the
 * platform then answers 503 saying which, never a stack trace, and recovers by itself
 * when the database is back. A failed write is rolled back whole by PostgreSQL, so
 * nothing is half-saved.
 */
public final class DatabaseDown {

	/** Seconds a client is told to wait before trying again. */
	public static final int RETRY_AFTER_SECONDS = 10;

	/** Why the database cannot serve, each with what a user is told. */
	public enum Reason {

		UNREACHABLE("OpenProbation cannot reach its database just now. Nothing you saved before this was lost.",
				"The database cannot be reached just now: try again in a few seconds."),

		READ_ONLY(
				"The database is read-only just now (maintenance, or a switch to a standby server), so nothing can be "
						+ "saved, and records cannot be opened because every reading is recorded. What you were saving was not saved.",
				"The database is read-only just now (maintenance or a switch to a standby server): nothing was saved. "
						+ "Try again later."),

		OUT_OF_SPACE(
				"The database has run out of space. What you were saving was not saved, and nothing saved before was harmed. "
						+ "The service's operators have been alerted.",
				"The database has run out of space: nothing was saved. The operators have been alerted.");

		private final String page;

		private final String problem;

		Reason(String page, String problem) {
			this.page = page;
			this.problem = problem;
		}

		/** What a page tells the user. */
		public String page() {
			return page;
		}

		/** The detail of the API's problem. */
		public String problem() {
			return problem;
		}

	}

	private DatabaseDown() {
	}

	public static boolean causedBy(Throwable failure) {
		return reason(failure).isPresent();
	}

	public static Optional<Reason> reason(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof SQLException sql && sql.getSQLState() != null) {
				String state = sql.getSQLState();
				// 25006: read_only_sql_transaction (a standby, or
				// default_transaction_read_only)
				if (state.equals("25006")) {
					return Optional.of(Reason.READ_ONLY);
				}
				// 53100: disk_full; 53200: out_of_memory
				if (state.equals("53100") || state.equals("53200")) {
					return Optional.of(Reason.OUT_OF_SPACE);
				}
				// 08: connection exceptions; 53300: too many connections; 57P01-57P03:
				// the
				// server is shutting down or starting
				if (state.startsWith("08") || state.equals("53300") || state.startsWith("57P")) {
					return Optional.of(Reason.UNREACHABLE);
				}
			}
			if (t instanceof org.springframework.transaction.CannotCreateTransactionException
					|| t instanceof SQLTransientConnectionException || t instanceof java.net.ConnectException) {
				return Optional.of(Reason.UNREACHABLE);
			}
			// the pool's own report of a connection that broke under it (it sets no SQL
			// state)
			if (t instanceof SQLException sql && sql.getMessage() != null
					&& sql.getMessage().toLowerCase(java.util.Locale.ROOT).contains("connection is closed")) {
				return Optional.of(Reason.UNREACHABLE);
			}
		}
		// a resource failure without a SQL state we know (the driver's own reports)
		for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof org.springframework.dao.DataAccessResourceFailureException) {
				return Optional.of(Reason.UNREACHABLE);
			}
		}
		return Optional.empty();
	}

}
