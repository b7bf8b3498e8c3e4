package org.openprobation.access.web;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openprobation.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A session's save commits without waiting for the disk; every other transaction, the
 * session's own reads and deletion included, still waits for it.
 */
@IntegrationTest
class SessionSavesWithoutWaitingForDiskTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	@Qualifier("springSessionTransactionOperations")
	TransactionOperations sessionTransactions;

	@Autowired
	TransactionTemplate applicationTransactions;

	@Autowired
	FindByIndexNameSessionRepository<? extends Session> platformSessions;

	private String synchronousCommitIn(TransactionOperations transactions) {
		return transactions.execute(status -> jdbc.queryForObject("show synchronous_commit", String.class));
	}

	@Test
	void aSessionsSaveCommitsWithoutWaitingForTheDisk() {
		String[] during = new String[1];
		SessionSavesWithoutWaitingForDisk.saving(() -> during[0] = synchronousCommitIn(sessionTransactions));

		assertThat(during[0]).isEqualTo("off");
	}

	@Test
	void theSessionsReadsAndDeletionAndTheRestOfThePlatformWaitForTheDisk() {
		assertThat(synchronousCommitIn(sessionTransactions)).isEqualTo("on");
		assertThat(synchronousCommitIn(applicationTransactions)).isEqualTo("on");
		// the setting was for the save's transaction alone: the connection it used is
		// back
		// in the pool as it was
		SessionSavesWithoutWaitingForDisk.saving(() -> synchronousCommitIn(sessionTransactions));
		for (int i = 0; i < 20; i++) {
			assertThat(synchronousCommitIn(applicationTransactions)).isEqualTo("on");
		}
	}

	@Test
	void throughThePlatformsRepositoryOnlyTheSaveSkipsTheWait() {
		List<String> seen = new ArrayList<>();
		TransactionOperations recorded = new TransactionOperations() {
			@Override
			public <T> T execute(TransactionCallback<T> action) {
				return sessionTransactions.execute(status -> {
					seen.add(jdbc.queryForObject("show synchronous_commit", String.class));
					return action.doInTransaction(status);
				});
			}
		};
		JdbcIndexedSessionRepository table = new JdbcIndexedSessionRepository(jdbc, recorded);
		table.setTableName("access.spring_session");
		SessionReadOncePerRequest.RememberingSessions<?> sessions = new SessionReadOncePerRequest.RememberingSessions<>(
				table);

		String id = saved(sessions);
		assertThat(seen).containsExactly("off");
		sessions.findById(id);
		sessions.deleteById(id);
		assertThat(seen).containsExactly("off", "on", "on");
	}

	private static <S extends Session> String saved(FindByIndexNameSessionRepository<S> sessions) {
		S session = sessions.createSession();
		session.setAttribute("signed-in", "practitioner");
		sessions.save(session);
		return session.getId();
	}

	@Test
	void thePlatformsSessionRepositoryUsesThem() {
		Object repository = platformSessions;
		if (repository instanceof SessionReadOncePerRequest.RememberingSessions<?> remembering) {
			repository = ReflectionTestUtils.getField(remembering, "sessions");
		}
		assertThat(repository).isInstanceOf(JdbcIndexedSessionRepository.class);
		assertThat(ReflectionTestUtils.getField(repository, "transactionOperations")).isSameAs(sessionTransactions);
	}

	@Test
	void aSavedSessionIsStoredAndADeletedOneIsGone() {
		saveAndDelete(platformSessions);
	}

	private <S extends Session> void saveAndDelete(FindByIndexNameSessionRepository<S> sessions) {
		S session = sessions.createSession();
		session.setAttribute("signed-in", "practitioner");
		sessions.save(session);

		assertThat(jdbc.queryForObject("select count(*) from access.spring_session where session_id = ?", Integer.class,
				session.getId()))
			.isEqualTo(1);
		assertThat(sessions.findById(session.getId()).<String>getAttribute("signed-in")).isEqualTo("practitioner");

		sessions.deleteById(session.getId());
		assertThat(jdbc.queryForObject("select count(*) from access.spring_session where session_id = ?", Integer.class,
				session.getId()))
			.isZero();
	}

}
