package org.openprobation.tasks;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openprobation.IntegrationTest;
import org.openprobation.TestHttp;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tasks people set (issue 28, item 4): a practitioner sets a task about a case for a
 * colleague in their team; it is on the colleague's things to do until they mark it done;
 * what is wrong with it is named and what was typed kept; nobody outside the team is
 * given one.
 */
@IntegrationTest
class UserTasksTest {

	@Value("${local.server.port}")
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	java.time.Clock clock;

	@Test
	void aPractitionerSetsATaskForTheirManagerWhoMarksItDone() {
		String crn = jdbc.sql("""
				select trim(p.crn) from people.person p
				join people.responsible_officer ro on ro.person_id = p.id and ro.to_date is null
				join access.app_user u on u.staff_id = ro.staff_id and u.username = 'practitioner'
				where not p.restricted order by p.crn desc offset 27 limit 1""").query(String.class).single();
		TestHttp practitioner = TestHttp.signedIn(port, "practitioner");
		TestHttp manager = TestHttp.signedIn(port, "manager");
		String form = "/cases/" + crn + "/tasks/new";
		String page = practitioner.page(form).body();
		assertThat(page).contains("Set a task", "(you)", "value=\"manager\"");

		LocalDate due = LocalDate.now(clock).plusDays(3);
		String dueOn = "&dueOn.day=" + due.getDayOfMonth() + "&dueOn.month=" + due.getMonthValue() + "&dueOn.year="
				+ due.getYear();
		var empty = practitioner.postFormFrom(form, "/cases/" + crn + "/tasks",
				"title=&detail=" + TestHttp.encode("Kept as typed") + "&assignee=manager" + dueOn);
		assertThat(empty.status()).isEqualTo(400);
		assertThat(empty.body()).contains("Enter what needs doing", "Kept as typed");
		var stranger = practitioner.postFormFrom(form, "/cases/" + crn + "/tasks",
				"title=" + TestHttp.encode("Check the licence") + "&assignee=admin" + dueOn);
		assertThat(stranger.status()).isEqualTo(400);
		assertThat(stranger.body()).contains("Select yourself or someone in your team");
		var past = practitioner.postFormFrom(form, "/cases/" + crn + "/tasks", "title="
				+ TestHttp.encode("Check the licence") + "&assignee=manager&dueOn.day=1&dueOn.month=1&dueOn.year=2020");
		assertThat(past.status()).isEqualTo(400);
		assertThat(past.body()).contains("The due date must be today or later");

		var set = practitioner.postFormFrom(form, "/cases/" + crn + "/tasks",
				"title=" + TestHttp.encode("Countersign the new licence conditions") + "&assignee=manager" + dueOn);
		assertThat(set.status()).isEqualTo(302);
		long id = jdbc
			.sql("select id from tasks.task where title = 'Countersign the new licence conditions' and "
					+ "assigned_to = 'manager' and done_at is null")
			.query(Long.class)
			.single();
		try {
			String list = manager.page("/tasks?kind=SET_TASK").body();
			assertThat(list).contains("/tasks/" + id, "Countersign the new licence conditions", "set by practitioner");
			assertThat(manager.page("/tasks/" + id).body()).contains("Countersign the new licence conditions",
					"Mark as done");
			assertThat(manager.postFormFrom("/tasks/" + id, "/tasks/" + id + "/done", "").status()).isEqualTo(302);
			assertThat(manager.page("/tasks?kind=SET_TASK").body()).doesNotContain("/tasks/" + id + "\"");
			assertThat(jdbc
				.sql("select count(*) from access.audit_event where action in ('SET_TASK', 'COMPLETE_TASK') "
						+ "and crn = :crn")
				.param("crn", crn)
				.query(Long.class)
				.single()).isEqualTo(2);
		}
		finally {
			jdbc.sql("delete from tasks.task where id = :id").param("id", id).update();
		}
	}

}
