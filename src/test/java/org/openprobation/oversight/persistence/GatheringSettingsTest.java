package org.openprobation.oversight.persistence;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openprobation.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The oversight gathering plans each statement for its own values, without parallel
 * workers or hash joins, for its own transaction only: the pages' statements keep
 * PostgreSQL's defaults.
 */
@IntegrationTest
class GatheringSettingsTest {

	@Autowired
	OversightRepository repository;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	private List<String> settings() {
		return List.of(jdbc.sql("show plan_cache_mode").query(String.class).single(),
				jdbc.sql("show max_parallel_workers_per_gather").query(String.class).single(),
				jdbc.sql("show enable_hashjoin").query(String.class).single());
	}

	@Test
	void theGatheringsTransactionPlansForItsValuesWithoutParallelWorkersOrHashJoins() {
		TransactionTemplate transaction = new TransactionTemplate(transactions);
		List<String> during = transaction.execute(status -> {
			repository.gatheringSettings();
			return settings();
		});
		assertThat(during).containsExactly("force_custom_plan", "0", "off");
	}

	@Test
	void otherTransactionsKeepTheDefaults() {
		TransactionTemplate transaction = new TransactionTemplate(transactions);
		List<String> before = transaction.execute(status -> settings());
		assertThat(before).doesNotContain("force_custom_plan").endsWith("on");
		transaction.executeWithoutResult(status -> repository.gatheringSettings());
		// every pooled connection, whichever the gathering used
		for (int i = 0; i < 25; i++) {
			List<String> after = transaction.execute(status -> settings());
			assertThat(after).isEqualTo(before);
		}
	}

}
