package org.openprobation.demo;

import org.junit.jupiter.api.Test;
import org.openprobation.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * OPENPROBATION_DEMO_RESET empties everything the generator and the users made, whatever
 * tables later features add, and keeps the audit trail with a record of the reset. Run
 * inside a transaction that is rolled back, so the other tests keep their data.
 */
@IntegrationTest
class DemoResetTest {

	@Autowired
	DemoDataGenerator generator;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transaction;

	@Test
	void theResetEmptiesEveryTableButTheAuditTrailAndRecordsItself() {
		long auditBefore = count("access.audit_event");
		assertThat(count("inspection.sample_case")).as("the demo's self-inspection, whose sample names people")
			.isPositive();
		transaction.executeWithoutResult(status -> {
			generator.reset();
			assertThat(count("people.person")).isZero();
			assertThat(count("inspection.sample_case")).isZero();
			assertThat(count("oversight.monthly_figure")).isZero();
			assertThat(count("contacts.contact")).isZero();
			assertThat(count("access.app_user")).isZero();
			assertThat(count("demo.generation")).isZero();
			assertThat(count("access.audit_event")).isEqualTo(auditBefore + 1);
			assertThat(jdbc.sql("select username || ' ' || action from access.audit_event order by id desc limit 1")
				.query(String.class)
				.single()).isEqualTo("system DEMO_RESET");
			status.setRollbackOnly();
		});
		assertThat(count("people.person")).isPositive();
	}

	private long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

}
