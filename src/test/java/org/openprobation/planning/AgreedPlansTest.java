package org.openprobation.planning;

import org.junit.jupiter.api.Test;
import org.openprobation.IntegrationTest;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 29 (every figure right): a plan shown "agreed with the person" whose view was
 * "not recorded". Every agreed plan holds the person's own words and the day of their
 * agreement, in the demo as in what users record.
 */
@IntegrationTest
class AgreedPlansTest {

	@org.springframework.beans.factory.annotation.Autowired
	JdbcClient jdbc;

	@Test
	void everyAgreedPlanRecordsThePersonsViewAndWhenTheyAgreed() {
		long agreed = jdbc.sql("select count(*) from planning.plan where agreed").query(Long.class).single();
		long withoutView = jdbc.sql("""
				select count(*) from planning.plan
				where agreed and (persons_words is null or btrim(persons_words) = '' or agreed_on is null)
				""").query(Long.class).single();
		assertThat(agreed).isPositive();
		assertThat(withoutView).isZero();
	}

}
