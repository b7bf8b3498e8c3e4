package org.openprobation.assessment;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openprobation.IntegrationTest;
import org.openprobation.access.CurrentUser;
import org.openprobation.access.Users;
import org.openprobation.sentences.SentenceStatus;
import org.openprobation.sentences.application.SentenceEndings;
import org.openprobation.shared.Crn;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tiers never stale (issue 28, item 5; assessment.md, "Tier"): after the clock moves a
 * year on, the daily recomputation leaves every demo case's stored tier equal to the tier
 * rule applied to its record that day, with the reason; and a sentence ending recomputes
 * the tier when it ends. Each test runs in a transaction that is rolled back, so the
 * shared demo data is as it was.
 */
@IntegrationTest
class TiersStayCurrentTest {

	@Autowired
	Assessments assessments;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	SentenceEndings endings;

	@Autowired
	Users users;

	private static final LocalDate TODAY = LocalDate.parse(IntegrationTest.AS_OF);

	private static final LocalDate A_YEAR_ON = TODAY.plusYears(1);

	/** Cases whose change level is one that needs a valid needs assessment (1 or 3). */
	private static final String ASSESSED_LEVEL = "substr(t.tier, 2, 1) in ('1', '3')";

	/** Cases with no needs assessment completed within 55 weeks of a year on. */
	private static final String NO_VALID_ASSESSMENT_A_YEAR_ON = """
			not exists (select 1 from assessment.needs_assessment n where n.person_id = t.person_id
			            and n.assessed_on >= date '%s' - 385)""".formatted(A_YEAR_ON);

	/** Cases none of whose active sentences runs past a year on. */
	private static final String NO_ORDER_A_YEAR_ON = """
			not exists (select 1 from sentences.sentence s where s.person_id = t.person_id and s.status = 'ACTIVE'
			            and (s.expected_end_date is null or s.expected_end_date >= date '%s'))""".formatted(A_YEAR_ON);

	private long count(String where) {
		return jdbc.sql("select count(*) from assessment.tier t where " + where).query(Long.class).single();
	}

	@Test
	void aYearOnEveryStoredTierIsTheRuleAppliedToTheRecordThatDay() {
		transaction.executeWithoutResult(status -> {
			try {
				List<Long> all = assessments.allCases();
				long staleAssessments = count(ASSESSED_LEVEL + " and " + NO_VALID_ASSESSMENT_A_YEAR_ON);
				long endedOrders = count("substr(t.tier, 2, 1) <> '0' and " + NO_ORDER_A_YEAR_ON);
				assertThat(staleAssessments).as("cases whose assessment lapses within the year").isPositive();
				assertThat(endedOrders).as("cases whose orders all end within the year").isPositive();
				assertThat(refresh(all, TODAY)).as("today's tiers are already today's").isZero();

				int changed = refresh(all, A_YEAR_ON);
				assertThat(changed).isGreaterThanOrEqualTo((int) Math.max(staleAssessments, endedOrders));
				// the property: recomputing again that day changes nothing, for every
				// case
				assertThat(refresh(all, A_YEAR_ON)).isZero();
				// and, read from the tables themselves: no change level that needs a
				// valid
				// assessment without one, and none at all without a current order
				assertThat(count(ASSESSED_LEVEL + " and " + NO_VALID_ASSESSMENT_A_YEAR_ON)).isZero();
				assertThat(count("substr(t.tier, 2, 1) <> '0' and " + NO_ORDER_A_YEAR_ON)).isZero();
				assertThat(count("true")).isEqualTo(all.size());
				assertThat(jdbc.sql("""
						select count(*) from assessment.tier_history
						where reason like 'Recomputed daily: %over 55 weeks old%(was %)'""").query(Long.class).single())
					.isPositive();
				assertThat(jdbc.sql("""
						select count(*) from assessment.tier_history
						where reason like 'Recomputed daily: %no order or requirement giving a mandate for change%'""")
					.query(Long.class)
					.single()).isPositive();
			}
			finally {
				status.setRollbackOnly();
			}
		});
	}

	private int refresh(List<Long> all, LocalDate asOf) {
		int changed = 0;
		for (int from = 0; from < all.size(); from += 2000) {
			changed += assessments.refreshTiers(all.subList(from, Math.min(all.size(), from + 2000)), asOf,
					"Recomputed daily");
		}
		return changed;
	}

	@Test
	void aSentenceEndingRecomputesTheTierInTheSameTransaction() {
		record Order(long personId, String crn, long sentenceId) {
		}
		// a case with one order, whose tier has a change level (a mandate for change)
		Order order = jdbc.sql("""
				select p.id, trim(p.crn), s.id from people.person p
				join sentences.sentence s on s.person_id = p.id and s.status = 'ACTIVE' and s.kind = 'COMMUNITY_ORDER'
				join assessment.tier t on t.person_id = p.id and substr(t.tier, 2, 1) <> '0'
				join people.responsible_officer ro on ro.person_id = p.id and ro.to_date is null
				join access.app_user u on u.staff_id = ro.staff_id and u.username = 'practitioner'
				where not p.restricted
				  and (select count(*) from sentences.sentence x where x.person_id = p.id and x.status = 'ACTIVE') = 1
				order by p.id limit 1""")
			.query((rs, n) -> new Order(rs.getLong(1), rs.getString(2), rs.getLong(3)))
			.single();
		CurrentUser officer = users.find("practitioner").orElseThrow();
		transaction.executeWithoutResult(status -> {
			try {
				endings.end(officer, new Crn(order.crn()), order.sentenceId(), SentenceStatus.REVOKED, TODAY,
						"Resentenced to custody");
				assertThat(jdbc.sql("select tier from assessment.tier where person_id = :p")
					.param("p", order.personId())
					.query(String.class)
					.single()).as("no current order: no mandate for change").matches("[A-D]0S?");
				assertThat(jdbc
					.sql("select reason from assessment.tier_history where person_id = :p "
							+ "order by calculated_at desc, id desc limit 1")
					.param("p", order.personId())
					.query(String.class)
					.single()).startsWith("Sentence ended: revoked");
			}
			finally {
				status.setRollbackOnly();
			}
		});
	}

}
