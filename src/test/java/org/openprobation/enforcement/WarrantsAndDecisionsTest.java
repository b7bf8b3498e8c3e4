package org.openprobation.enforcement;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openprobation.IntegrationTest;
import org.openprobation.TestHttp;
import org.openprobation.access.CurrentUser;
import org.openprobation.access.Users;
import org.openprobation.sentences.Sentences;
import org.openprobation.shared.BadRequest;
import org.openprobation.shared.Conflict;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Warrants shown on every page of a case until executed; decisions that revoke an order
 * end the sentence and count in the completion rates.
 */
@IntegrationTest
class WarrantsAndDecisionsTest {

	@org.springframework.beans.factory.annotation.Autowired
	java.time.Clock clock;

	@Value("${local.server.port}")
	int port;

	@Autowired
	Enforcement facade;

	@Autowired
	org.openprobation.enforcement.application.EnforcementActions enforcement;

	@Autowired
	org.openprobation.enforcement.application.BreachTimelinessReport timeliness;

	@Autowired
	Sentences sentences;

	@Autowired
	Users users;

	@Autowired
	JdbcClient jdbc;

	private CurrentUser admin() {
		return users.find("admin").orElseThrow();
	}

	record Submitted(long id, String crn, int version) {
	}

	private Submitted submittedBreach(int offset) {
		return jdbc.sql("""
				select a.id, p.crn, a.version from enforcement.action a join people.person p on p.id = a.person_id
				where a.kind = 'BREACH' and a.state = 'SUBMITTED' and a.warrant_issued_on is null
				  and exists (select 1 from sentences.sentence s where s.person_id = p.id and s.status = 'ACTIVE'
				              and s.kind in ('COMMUNITY_ORDER', 'SUSPENDED_SENTENCE_ORDER'))
				  and not exists (select 1 from enforcement.action w where w.person_id = p.id
				                  and w.warrant_issued_on is not null and w.warrant_executed_on is null)
				order by a.id offset :offset limit 1
				""")
			.param("offset", offset)
			.query((rs, n) -> new Submitted(rs.getLong(1), rs.getString(2).trim(), rs.getInt(3)))
			.single();
	}

	@Test
	void anActionCountsFromTheDayOfTheFailureItAnswers() {
		CurrentUser officer = users.find("practitioner").orElseThrow();
		java.util.List<Long> caseload = jdbc
			.sql("""
					select ro.person_id from people.responsible_officer ro join access.app_user u on u.staff_id = ro.staff_id
					where u.username = 'practitioner' and ro.to_date is null order by ro.person_id
					""")
			.query(Long.class)
			.list();
		Enforcement.Pending pending = facade.pendingOf(caseload)
			.values()
			.stream()
			.flatMap(java.util.List::stream)
			.filter(p -> !p.breachOnly())
			.findFirst()
			.orElseThrow();
		String crn = jdbc.sql("select crn from people.person where id = :id")
			.param("id", pending.failure().personId())
			.query(String.class)
			.single()
			.strip();

		EnforcementAction warning = enforcement.warn(officer, new org.openprobation.shared.Crn(crn),
				pending.failure().id());

		assertThat(jdbc.sql("select failure_on from enforcement.action where id = :id")
			.param("id", warning.id())
			.query(LocalDate.class)
			.single()).isEqualTo(pending.failure().start().toLocalDate());
		// the letter as sent is kept with the case's documents (issue 28, item 2)
		assertThat(jdbc.sql("""
				select v.content from documents.document d join documents.document_version v on v.document_id = d.id
				where d.person_id = :person and d.kind = 'WARNING_LETTER' and d.generated""")
			.param("person", pending.failure().personId())
			.query(byte[].class)
			.single()).startsWith("%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
		// and every action, generated or given, answers the day of its own failure
		assertThat(jdbc.sql("""
				select count(*) from enforcement.action a join contacts.contact c on c.id = a.contact_id
				where a.failure_on <> c.starts_at::date
				""").query(Long.class).single()).isZero();
	}

	@Test
	void theDemoHasWarrantsOutstandingAndExecuted() {
		long outstanding = jdbc.sql(
				"select count(*) from enforcement.action where warrant_issued_on is not null and warrant_executed_on is null")
			.query(Long.class)
			.single();
		long executed = jdbc.sql("select count(*) from enforcement.action where warrant_executed_on is not null")
			.query(Long.class)
			.single();
		assertThat(outstanding).isPositive();
		assertThat(executed).isPositive();
	}

	@Test
	void anOutstandingWarrantShowsOnEveryPageOfTheCaseUntilExecuted() {
		Submitted breach = submittedBreach(0);
		assertThatThrownBy(() -> enforcement.warrant(admin(), breach.id(), breach.version(), false, " "))
			.isInstanceOf(BadRequest.class);
		EnforcementAction issued = enforcement.warrant(admin(), breach.id(), breach.version(), false,
				"Failed to appear at Highbury Corner; not backed for bail");
		assertThat(issued.warrantOutstanding()).isTrue();
		assertThat(facade.outstandingWarrant(breach.crn())).isPresent();
		assertThatThrownBy(() -> enforcement.warrant(admin(), breach.id(), issued.version(), false, "Again"))
			.isInstanceOf(Conflict.class);

		TestHttp browser = TestHttp.signedIn(port, "admin");
		for (String page : new String[] { "", "/contacts", "/plan", "/enforcement", "/referrals" }) {
			TestHttp.Response response = browser.page("/cases/" + breach.crn() + page);
			assertThat(response.status()).as(page).isEqualTo(200);
			assertThat(response.body()).as(page).contains("id=\"warrant-banner\"", "Highbury Corner");
		}

		enforcement.warrant(admin(), breach.id(), issued.version(), true, null);
		assertThat(facade.outstandingWarrant(breach.crn())).isEmpty();
		assertThat(browser.page("/cases/" + breach.crn()).body()).doesNotContain("warrant-banner");
	}

	@Test
	void revocationEndsTheOrderAndCountsAgainstTheCompletionRate() {
		Submitted breach = submittedBreach(1);
		LocalDate today = LocalDate.now(clock);
		var before = sentences.completionRates(null, today.minusMonths(12), today);
		assertThatThrownBy(
				() -> enforcement.decide(admin(), breach.id(), breach.version(), Decision.RECALLED_STANDARD, null))
			.isInstanceOf(BadRequest.class);
		assertThatThrownBy(() -> enforcement.decide(admin(), breach.id(), breach.version() + 1,
				Decision.REVOKED_RESENTENCED, null))
			.isInstanceOf(Conflict.class);
		EnforcementAction decided = enforcement.decide(admin(), breach.id(), breach.version(),
				Decision.REVOKED_RESENTENCED, "Resentenced to 12 weeks' custody");
		assertThat(decided.state()).isEqualTo(org.openprobation.enforcement.domain.ActionState.DECIDED);
		assertThat(decided.outcome()).isEqualTo("Revoked and resentenced: Resentenced to 12 weeks' custody");
		assertThat(jdbc.sql("""
				select count(*) from sentences.sentence s join people.person p on p.id = s.person_id
				where p.crn = :crn and s.status = 'REVOKED' and s.ended_on = :today
				""").param("crn", breach.crn()).param("today", today).query(Long.class).single()).isPositive();
		var after = sentences.completionRates(null, today.minusMonths(12), today);
		assertThat(after.communityEnded()).isGreaterThan(before.communityEnded());
		assertThat(after.communitySuccessful()).isEqualTo(before.communitySuccessful());
	}

	@Test
	void timelinessAndReturnedPacksAreMeasuredByTeam() {
		Enforcement.Timeliness t = timeliness.timeliness(users.find("quality").orElseThrow());
		assertThat(t.total().submitted()).isPositive();
		assertThat(t.total().onTime()).isBetween(1, t.total().submitted() - 1);
		// the demo returns about one pack in four, as the NPS did to London CRC
		assertThat(t.total().returnedPercent()).isBetween(15, 35);
		assertThat(t.teams().stream().mapToInt(Enforcement.TimelinessRow::submitted).sum())
			.isEqualTo(t.total().submitted());
		assertThat(t.medianWorkingDays()).isPositive();
	}

}
