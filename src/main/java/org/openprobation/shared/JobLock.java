package org.openprobation.shared;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes a scheduled job run on one instance at a time when several share a database: a
 * PostgreSQL advisory lock held until the caller's transaction ends. The other instances
 * skip the run (the job runs again at its next time).
 */
@Component
public class JobLock {

	private final JdbcClient jdbc;

	JobLock(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Takes the job's lock for the current transaction; false when another instance holds
	 * it.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean tryHold(String job) {
		return Boolean.TRUE.equals(jdbc.sql("select pg_try_advisory_xact_lock(hashtext(:job))")
			.param("job", "openprobation:" + job)
			.query(Boolean.class)
			.single());
	}

}
