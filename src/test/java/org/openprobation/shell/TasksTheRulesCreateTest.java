package org.openprobation.shell;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openprobation.IntegrationTest;
import org.openprobation.TestHttp;
import org.openprobation.shared.WorkingDayCalendar;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tasks the rules create (issue 28, item 4, in part): a registration whose review falls
 * due, and a safeguarding request past its due date that nobody has chased, are on the
 * officer's list and their manager's, and leave it once the review moves or the chaser is
 * recorded.
 */
@IntegrationTest
class TasksTheRulesCreateTest {

	@Value("${local.server.port}")
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	java.time.Clock clock;

	@Autowired
	ThingsToDo thingsToDo;

	@Autowired
	org.openprobation.access.Users users;

	@Test
	void aRegistrationReviewDueAndASafeguardingCheckToChaseAreTasks() {
		record Case(long id, String crn) {
		}
		Case held = jdbc.sql("""
				select p.id, trim(p.crn) from people.person p
				join people.responsible_officer ro on ro.person_id = p.id and ro.to_date is null
				join access.app_user u on u.staff_id = ro.staff_id and u.username = 'practitioner'
				where not p.restricted
				  and not exists (select 1 from assessment.registration r where r.person_id = p.id
				                  and r.type = 'RISK_TO_STAFF')
				  and not exists (select 1 from assessment.safeguarding_check c where c.person_id = p.id)
				order by p.crn desc offset 10 limit 1""")
			.query((rs, n) -> new Case(rs.getLong(1), rs.getString(2)))
			.single();
		LocalDate today = LocalDate.now(clock);
		long registration = jdbc.sql("""
				insert into assessment.registration (person_id, type, start_date, next_review_date, added_by)
				values (:p, 'RISK_TO_STAFF', :start, :review, 'test') returning id""")
			.param("p", held.id())
			.param("start", today.minusMonths(6))
			.param("review", today.plusDays(3))
			.query(Long.class)
			.single();
		// about 14 working days ago: past its 10 working days, not yet at the 20 for
		// escalation
		LocalDate sent = today.minusDays(20);
		long check = jdbc
			.sql("""
					insert into assessment.safeguarding_check (person_id, kind, agency, reason, sent_on, due_on, requested_by)
					values (:p, 'CHILDRENS_SOCIAL_CARE', 'Children''s social care, Lewisham', 'Test', :sent, :due, 'test')
					returning id""")
			.param("p", held.id())
			.param("sent", sent)
			.param("due", WorkingDayCalendar.plusWorkingDays(sent, 10))
			.query(Long.class)
			.single();
		try {
			TestHttp practitioner = TestHttp.signedIn(port, "practitioner");
			String reviews = practitioner.page("/tasks?kind=REGISTRATION_REVIEW_DUE").body();
			assertThat(reviews).contains("Registration review due", "Risk to staff",
					"/cases/" + held.crn() + "#registrations");
			String chasers = practitioner.page("/tasks?kind=SAFEGUARDING_FOLLOW_UP").body();
			assertThat(chasers).contains("Safeguarding check to chase or escalate",
					"Children&#39;s social care request to Children&#39;s social care, Lewisham: Overdue: chase",
					"/cases/" + held.crn() + "#safeguarding");
			// the manager's list (the team's, longer than a page) has it too
			assertThat(thingsToDo.of(users.find("manager").orElseThrow()).tasks())
				.anyMatch(t -> t.kind() == ThingsToDo.Kind.REGISTRATION_REVIEW_DUE
						&& t.link().equals("/cases/" + held.crn() + "#registrations"));

			// the review moves on and the chaser is recorded: both leave the list
			jdbc.sql("update assessment.registration set next_review_date = :d where id = :id")
				.param("d", today.plusMonths(6))
				.param("id", registration)
				.update();
			jdbc.sql("update assessment.safeguarding_check set chased_on = :d where id = :id")
				.param("d", today)
				.param("id", check)
				.update();
			assertThat(practitioner.page("/tasks?kind=REGISTRATION_REVIEW_DUE").body())
				.doesNotContain("/cases/" + held.crn() + "#registrations");
			assertThat(practitioner.page("/tasks?kind=SAFEGUARDING_FOLLOW_UP").body())
				.doesNotContain("/cases/" + held.crn() + "#safeguarding");
		}
		finally {
			jdbc.sql("delete from assessment.registration where id = :id").param("id", registration).update();
			jdbc.sql("delete from assessment.safeguarding_check where id = :id").param("id", check).update();
		}
	}

}
