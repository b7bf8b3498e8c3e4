package org.openprobation.access.web;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Saving a session does not wait for PostgreSQL to write its commit to disk.
 * <p>
 * Spring Session saves the session on every request (its last access time at least), and
 * the database writes each commit to disk before it answers: that was one disk write
 * (about 1.4 ms on the load-test machine, longer when commits queue) before every page
 * was answered. A session's save is the one write where waiting buys nothing. It is
 * committed with PostgreSQL's asynchronous commit: at once visible to every instance, and
 * if the database crashes in the moment after it (at most three times
 * {@code wal_writer_delay}, 0.6 s by default) the session is as it was before that save,
 * a last access time a moment older or a sign-in to be made again, and the database stays
 * consistent. Everything else still waits for the disk: case records, the audit trail,
 * and a session's deletion at sign-out (a signed-out session must never come back).
 */
@Configuration(proxyBeanMethods = false)
class SessionSavesWithoutWaitingForDisk {

	private static final ThreadLocal<Boolean> SAVING = new ThreadLocal<>();

	/**
	 * The transactions of Spring Session's JDBC repository, which asks for a bean of this
	 * name. Not a default candidate, so that the application's own
	 * {@code TransactionTemplate} is still Spring Boot's.
	 */
	@Bean(defaultCandidate = false)
	TransactionOperations springSessionTransactionOperations(PlatformTransactionManager transactions,
			DataSource dataSource) {
		TransactionTemplate template = new TransactionTemplate(transactions);
		// as Spring Session's own: its writes never join the caller's transaction
		template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		template.afterPropertiesSet();
		return new SessionTransactions(template, new JdbcTemplate(dataSource));
	}

	/** Saves a session: its transaction commits without waiting for the disk. */
	static void saving(Runnable save) {
		Boolean before = SAVING.get();
		SAVING.set(Boolean.TRUE);
		try {
			save.run();
		}
		finally {
			if (before == null) {
				SAVING.remove();
			}
		}
	}

	static final class SessionTransactions implements TransactionOperations {

		private final TransactionTemplate template;

		private final JdbcTemplate jdbc;

		SessionTransactions(TransactionTemplate template, JdbcTemplate jdbc) {
			this.template = template;
			this.jdbc = jdbc;
		}

		@Override
		public <T> T execute(TransactionCallback<T> action) throws TransactionException {
			boolean saving = SAVING.get() != null;
			return this.template.execute(status -> {
				if (saving) {
					// for this transaction only
					this.jdbc.execute("set local synchronous_commit = off");
				}
				return action.doInTransaction(status);
			});
		}

	}

}
