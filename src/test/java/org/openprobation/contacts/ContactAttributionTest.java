package org.openprobation.contacts;

import org.junit.jupiter.api.Test;
import org.openprobation.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 29 (every figure right): contacts were attributed to the current officer for
 * dates before they were allocated. A contact made before today's officer held the case
 * is the officer's who held it that day, or nobody's.
 */
@IntegrationTest
class ContactAttributionTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void noContactIsAttributedToAnOfficerBeforeTheyHeldTheCase() {
		long earlier = jdbc.sql("""
				select count(*) from contacts.contact c
				join people.responsible_officer current on current.person_id = c.person_id and current.to_date is null
				where c.staff_id = current.staff_id and c.starts_at::date < current.from_date
				  and not exists (select 1 from people.responsible_officer held where held.person_id = c.person_id
				                  and held.staff_id = c.staff_id and held.from_date <= c.starts_at::date
				                  and (held.to_date is null or held.to_date >= c.starts_at::date))
				""").query(Long.class).single();
		assertThat(earlier).isZero();
		// the demo holds contacts from before today's officer was allocated: they are
		// the previous officer's, or nobody's
		long beforeAllocation = jdbc.sql("""
				select count(*) from contacts.contact c
				join people.responsible_officer current on current.person_id = c.person_id and current.to_date is null
				where c.starts_at::date < current.from_date and c.type = 'OFFICE_APPOINTMENT'
				""").query(Long.class).single();
		assertThat(beforeAllocation).isPositive();
	}

}
