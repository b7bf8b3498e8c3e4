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
					"/cases/" + held.crn() + "/registrations/" + registration + "/review");
			String chasers = practitioner.page("/tasks?kind=SAFEGUARDING_FOLLOW_UP").body();
			assertThat(chasers).contains("Safeguarding check to chase or escalate",
					"Children&#39;s social care request to Children&#39;s social care, Lewisham: Overdue: chase",
					"/cases/" + held.crn() + "/risk#safeguarding");
			// the manager's list (the team's, longer than a page) has it too
			assertThat(thingsToDo.of(users.find("manager").orElseThrow()).tasks())
				.anyMatch(t -> t.kind() == ThingsToDo.Kind.REGISTRATION_REVIEW_DUE
						&& t.link().equals("/cases/" + held.crn() + "/registrations/" + registration + "/review"));

			// the review moves on and the chaser is recorded: both leave the list
			// the officer reviews the registration: a decision and the next date, and it
			// stays
			String review = "/cases/" + held.crn() + "/registrations/" + registration + "/review";
			var refused = practitioner.postFormFrom(review, review, "decision=&nextReviewDate.day=1");
			assertThat(refused.status()).isEqualTo(400);
			assertThat(refused.body()).contains("Enter the review&#39;s decision");
			LocalDate next = today.plusMonths(6);
			assertThat(practitioner
				.postFormFrom(review, review,
						"decision=" + TestHttp.encode("Reviewed with the MAPPA chair: continues")
								+ "&nextReviewDate.day=" + next.getDayOfMonth() + "&nextReviewDate.month="
								+ next.getMonthValue() + "&nextReviewDate.year=" + next.getYear())
				.status()).isEqualTo(302);
			assertThat(
					jdbc.sql("select next_review_date from assessment.registration where id = :id and ended_on is null")
						.param("id", registration)
						.query(LocalDate.class)
						.single())
				.isEqualTo(next);
			assertThat(practitioner.page(review).body()).contains("Reviewed with the MAPPA chair: continues");
			jdbc.sql("update assessment.safeguarding_check set chased_on = :d where id = :id")
				.param("d", today)
				.param("id", check)
				.update();
			assertThat(practitioner.page("/tasks?kind=REGISTRATION_REVIEW_DUE").body())
				.doesNotContain("/cases/" + held.crn() + "/registrations/" + registration + "/review");
			assertThat(practitioner.page("/tasks?kind=SAFEGUARDING_FOLLOW_UP").body())
				.doesNotContain("/cases/" + held.crn() + "/risk#safeguarding");
		}
		finally {
			jdbc.sql("delete from assessment.registration where id = :id").param("id", registration).update();
			jdbc.sql("delete from assessment.safeguarding_check where id = :id").param("id", check).update();
		}
	}

	@Test
	void aNewUnpaidWorkOrderAndARequestToTheNpsAreTasksAndTheNewRequirementTriggersReviews() {
		record Case(long id, String crn, long sentence) {
		}
		Case held = jdbc.sql("""
				select p.id, trim(p.crn), s.id from people.person p
				join people.responsible_officer ro on ro.person_id = p.id and ro.to_date is null
				join access.app_user u on u.staff_id = ro.staff_id and u.username = 'practitioner'
				join sentences.sentence s on s.person_id = p.id and s.status = 'ACTIVE' and s.kind <> 'PRE_RELEASE'
				where not p.restricted
				  and exists (select 1 from assessment.rosh_assessment r where r.person_id = p.id)
				  and not exists (select 1 from allocation.transfer_request t where t.person_id = p.id)
				order by p.crn desc offset 12 limit 1""")
			.query((rs, n) -> new Case(rs.getLong(1), rs.getString(2), rs.getLong(3)))
			.single();
		LocalDate today = LocalDate.now(clock);
		LocalDate start = today.minusDays(10);
		long requirement = jdbc
			.sql("""
					insert into sentences.requirement (sentence_id, kind, unit, amount_ordered, status, start_date, end_date)
					values (:s, 'UNPAID_WORK', 'HOURS', 60, 'ACTIVE', :start, :end) returning id""")
			.param("s", held.sentence())
			.param("start", start)
			.param("end", start.plusMonths(12))
			.query(Long.class)
			.single();
		long transfer = jdbc.sql("""
				insert into allocation.transfer_request (person_id, from_provider_id, kind, reasons, requested_on,
				    requested_by, decision_due_on)
				select p.id, p.provider_id, 'ESCALATION', 'Risk now high', :on, 'practitioner', :due
				from people.person p where p.id = :p returning id""")
			.param("p", held.id())
			.param("on", today.minusDays(3))
			.param("due", today.plusDays(2))
			.query(Long.class)
			.single();
		try {
			var practitioner = users.find("practitioner").orElseThrow();
			java.util.List<ThingsToDo.Task> tasks = thingsToDo.of(practitioner)
				.tasks()
				.stream()
				.filter(t -> t.person().id() == held.id())
				.toList();
			assertThat(tasks).anySatisfy(t -> {
				assertThat(t.kind()).isEqualTo(ThingsToDo.Kind.UNPAID_WORK_START_DUE);
				assertThat(t.due()).isEqualTo(WorkingDayCalendar.plusWorkingDays(start, 10));
				assertThat(t.detail()).isEqualTo("Induction and first session to book");
				assertThat(t.link()).isEqualTo("/cases/" + held.crn() + "/unpaid-work");
			});
			assertThat(tasks).anySatisfy(t -> {
				assertThat(t.kind()).isEqualTo(ThingsToDo.Kind.TRANSFER_DECISION_DUE);
				assertThat(t.due()).isEqualTo(today.plusDays(2));
				assertThat(t.link()).isEqualTo("/transfers/" + transfer);
			});
			// the new requirement is a trigger: the RoSH review falls due within ten
			// working days of it, if nothing earlier brought it forward
			assertThat(tasks).anySatisfy(t -> {
				assertThat(t.kind()).isEqualTo(ThingsToDo.Kind.ROSH_REVIEW_DUE);
				assertThat(t.due()).isBeforeOrEqualTo(WorkingDayCalendar.plusWorkingDays(start, 10));
				assertThat(t.link()).isEqualTo("/cases/" + held.crn() + "/rosh/new");
			});
			assertThat(thingsToDo.of(users.find("manager").orElseThrow()).tasks())
				.anyMatch(t -> t.kind() == ThingsToDo.Kind.TRANSFER_DECISION_DUE
						&& t.link().equals("/transfers/" + transfer));

			// the induction is recorded: only the first session is left to book
			jdbc.sql("""
					insert into unpaidwork.induction (requirement_id, person_id, inducted_on, recorded_by)
					values (:r, :p, :on, 'practitioner')""")
				.param("r", requirement)
				.param("p", held.id())
				.param("on", today)
				.update();
			assertThat(thingsToDo.of(practitioner).tasks())
				.anyMatch(t -> t.kind() == ThingsToDo.Kind.UNPAID_WORK_START_DUE && t.person().id() == held.id()
						&& t.detail().equals("First session to book"));
		}
		finally {
			jdbc.sql("delete from allocation.transfer_request where id = :id").param("id", transfer).update();
			jdbc.sql("delete from sentences.requirement where id = :id").param("id", requirement).update();
		}
	}

}
