package org.openprobation.demo;

import org.junit.jupiter.api.Test;
import org.openprobation.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The London demo data as loaded into PostgreSQL, checked with SQL. */
@IntegrationTest
public class LondonDemoDataTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoDataRunner runner;

	private double share(String sql) {
		return jdbc.sql(sql).query(Double.class).single();
	}

	/**
	 * People still held here whose every sentence has ended, the last today (the
	 * application's today, the data's date).
	 */
	public static final String ENDED_TODAY_BY_OTHER_TESTS = """
			select count(*) from people.person p where p.transferred_out_on is null
			  and not exists (select 1 from sentences.sentence s where s.person_id = p.id and s.status = 'ACTIVE')
			  and exists (select 1 from sentences.sentence s where s.person_id = p.id
			              and s.ended_on = cast('""" + org.openprobation.IntegrationTest.AS_OF + "' as date))";

	@Test
	void everyoneGeneratedIsUnderSupervisionWithOneResponsibleOfficer() {
		assertThat(jdbc.sql("select count(*) from people.person").query(Long.class).single()).isEqualTo(29_473L);
		// other tests may transfer a case to the NPS, or end its only sentence today: it
		// leaves supervision here but keeps its record
		assertThat(jdbc.sql("select count(*) from reporting.person_under_supervision").query(Long.class).single()
				+ jdbc.sql("select count(*) from people.person where transferred_out_on is not null")
					.query(Long.class)
					.single()
				+ jdbc.sql(ENDED_TODAY_BY_OTHER_TESTS).query(Long.class).single())
			.isEqualTo(29_473L);
		// everyone has one responsible officer, except new cases still waiting in a
		// team's
		// queue and cases transferred out, which have none
		assertThat(jdbc
			.sql("""
					select count(*) from people.person p
					where (select count(*) from people.responsible_officer ro where ro.person_id = p.id and ro.to_date is null)
					      <> case when p.transferred_out_on is not null
					                or exists (select 1 from allocation.awaiting_allocation a
					                           where a.person_id = p.id and a.allocated_on is null) then 0 else 1 end
					""")
			.query(Long.class)
			.single()).isZero();
		assertThat(jdbc.sql("select count(*) from allocation.awaiting_allocation").query(Long.class).single())
			.isBetween(100L, 62L * 3);
	}

	@Test
	void fortyOnePerCentOfCasesAreCustodial() {
		double custodial = share(
				"""
						select avg(case when kind in ('PRE_RELEASE', 'LICENCE', 'POST_SENTENCE_SUPERVISION') then 1.0 else 0 end)
						from sentences.sentence where status = 'ACTIVE'
						""");
		assertThat(custodial).isCloseTo(0.41, within(0.015));
	}

	@Test
	void aboutFortyOnePerCentOfCasesChangedOfficer() {
		double changed = share("""
				select avg(case when n > 1 then 1.0 else 0 end)
				from (select person_id, count(*) as n from people.responsible_officer group by person_id) h
				""");
		assertThat(changed).isCloseTo(0.41, within(0.04));
	}

	@Test
	void responsibleOfficersArePractitionersAndHistoriesDoNotOverlap() {
		assertThat(jdbc.sql("""
				select count(*) from people.responsible_officer ro join organisation.staff s on s.id = ro.staff_id
				where s.grade not in ('PROBATION_OFFICER', 'PROBATION_SERVICES_OFFICER')
				""").query(Long.class).single()).isZero();
		assertThat(jdbc.sql("""
				select count(*) from people.responsible_officer a join people.responsible_officer b
				  on a.person_id = b.person_id and a.id < b.id
				 and a.from_date <= coalesce(b.to_date, 'infinity') and b.from_date <= coalesce(a.to_date, 'infinity')
				""").query(Long.class).single()).isZero();
	}

	@Test
	void everyOffenceHasAnOgrsCategoryAndEveryCommunitySentenceMostlyHasRequirements() {
		assertThat(jdbc.sql("select count(*) from sentences.offence where category is null").query(Long.class).single())
			.isZero();
		double withRequirements = share(
				"""
						select avg(case when exists (select 1 from sentences.requirement r where r.sentence_id = s.id) then 1.0 else 0 end)
						from sentences.sentence s where s.status = 'ACTIVE' and s.kind = 'COMMUNITY_ORDER'
						""");
		assertThat(withRequirements).isEqualTo(1.0);
	}

	@Test
	void womenAreAboutElevenPerCentAndLondonIsDiverse() {
		assertThat(share("select avg(case when gender = 'FEMALE' then 1.0 else 0 end) from people.person"))
			.isCloseTo(0.11, within(0.02));
		assertThat(share("select avg(case when ethnicity = 'W1' then 1.0 else 0 end) from people.person"))
			.isCloseTo(0.36, within(0.02));
	}

	@Test
	void startingAgainKeepsTheDataAndDoesNotRegenerate() throws Exception {
		long people = jdbc.sql("select count(*) from people.person").query(Long.class).single();
		runner.run(new DefaultApplicationArguments());
		assertThat(jdbc.sql("select count(*) from people.person").query(Long.class).single()).isEqualTo(people);
		assertThat(jdbc.sql("select count(*) from demo.generation").query(Long.class).single()).isEqualTo(1L);
	}

}
