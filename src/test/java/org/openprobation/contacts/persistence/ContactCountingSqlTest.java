package org.openprobation.contacts.persistence;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.openprobation.IntegrationTest;
import org.openprobation.contacts.ContactType;
import org.openprobation.contacts.Outcome;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What counts towards the contact standard ({@code supervision.md}, Contact standards) is
 * decided by {@link ContactType#counts} and {@link Outcome#attended}; the SQL is made
 * from them, and the partial index that makes the provider-wide figures fast has the same
 * predicate (a change to the enums without a migration of the index fails here, instead
 * of silently slowing every dashboard).
 */
@IntegrationTest
class ContactCountingSqlTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void theCountingSqlIsMadeFromTheContactTypesAndOutcomes() {
		for (ContactType type : ContactType.values()) {
			assertThat(ContactRepository.COUNTING.contains("'" + type.name() + "'")).as(type.name())
				.isEqualTo(type.counts());
		}
		for (Outcome outcome : Outcome.values()) {
			assertThat(ContactRepository.ATTENDED.contains("'" + outcome.name() + "'")).as(outcome.name())
				.isEqualTo(outcome.attended());
		}
		assertThat(ContactType.TELEPHONE.counts()).isFalse();
		assertThat(ContactType.HOME_VISIT.counts()).isTrue();
	}

	@Test
	void theCountingIndexHasTheSamePredicate() {
		String predicate = jdbc.sql("""
				select pg_get_expr(i.indpred, i.indrelid) from pg_index i
				join pg_class c on c.oid = i.indexrelid where c.relname = 'contact_counting_idx'
				""").query(String.class).single();
		Arrays.stream(ContactType.values())
			.forEach(type -> assertThat(predicate.contains("'" + type.name() + "'")).as(type.name())
				.isEqualTo(type.counts()));
		Arrays.stream(Outcome.values())
			.forEach(outcome -> assertThat(predicate.contains("'" + outcome.name() + "'")).as(outcome.name())
				.isEqualTo(outcome.attended()));
	}

	@Test
	void theLastCountingContactQueryUsesTheIndex() {
		String plan = String.join(
				"\n", jdbc
					.sql("explain select max(starts_at) from contacts.contact where person_id = 1 and "
							+ ContactRepository.COUNTING)
					.query(String.class)
					.list());
		assertThat(plan).contains("contact_counting_idx");
	}

}
