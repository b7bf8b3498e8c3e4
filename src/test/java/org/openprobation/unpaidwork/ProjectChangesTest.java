package org.openprobation.unpaidwork;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openprobation.IntegrationTest;
import org.openprobation.TestHttp;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Unpaid work projects suspended for a period and retired (issue 26): their sessions in
 * that time are cancelled as single sessions are, and a retired project makes no more.
 */
@IntegrationTest
class ProjectChangesTest {

	private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("d M yyyy");

	@Value("${local.server.port}")
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	java.time.Clock clock;

	@AfterEach
	void removeTheProject() {
		jdbc.sql("delete from unpaidwork.project where name = 'Canal towpath clearance'").update();
	}

	private long sessions(long project, String where) {
		return jdbc.sql("select count(*) from unpaidwork.session where project_id = :p and " + where)
			.param("p", project)
			.query(Long.class)
			.single();
	}

	@Test
	void aSuspensionCancelsTheSessionsInItsTimeAndRetiringCancelsTheRest() {
		TestHttp team = TestHttp.signedIn(port, "unpaidwork");
		LocalDate today = LocalDate.now(clock);
		long project = addProjectWithAWeeklySession(team, today.plusDays(1).getDayOfWeek().getValue());
		assertThat(sessions(project, "cancelled_reason is null")).isGreaterThanOrEqualTo(4);

		TestHttp.Response bad = team.postFormFrom("/unpaid-work/projects",
				"/unpaid-work/projects/" + project + "/suspend", "from=31+2+2027&to=&reason=");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.body()).contains("govuk-error-summary").contains("value=\"31 2 2027\"");

		LocalDate first = today.plusDays(1);
		TestHttp.Response suspended = team.postFormFrom("/unpaid-work/projects",
				"/unpaid-work/projects/" + project + "/suspend", "from=" + TYPED.format(first).replace(' ', '+')
						+ "&to=" + TYPED.format(first.plusDays(6)).replace(' ', '+') + "&reason=Towpath+flooded");
		assertThat(suspended.status()).as(suspended.body()).isEqualTo(302);
		assertThat(sessions(project, "cancelled_reason = 'Project suspended: Towpath flooded'")).isOne();
		long left = sessions(project, "cancelled_reason is null");
		assertThat(left).isPositive();

		TestHttp.Response retired = team.postFormFrom("/unpaid-work/projects",
				"/unpaid-work/projects/" + project + "/retire", "retireReason=Landowner+withdrew");
		assertThat(retired.status()).isEqualTo(302);
		assertThat(sessions(project, "cancelled_reason is null")).isZero();
		assertThat(jdbc.sql("select active from unpaidwork.project where id = :p")
			.param("p", project)
			.query(Boolean.class)
			.single()).isFalse();
		assertThat(team.page("/unpaid-work/projects").body()).contains("Retired");
		assertThat(jdbc
			.sql("select count(*) from access.audit_event where action in "
					+ "('SUSPEND_UNPAID_WORK_PROJECT', 'RETIRE_UNPAID_WORK_PROJECT') and detail like 'Canal towpath%'")
			.query(Long.class)
			.single()).isEqualTo(2);

		assertThat(TestHttp.signedIn(port, "practitioner")
			.postFormFrom("/", "/unpaid-work/projects/" + project + "/retire", "retireReason=x")
			.status()).isEqualTo(403);
	}

	private long addProjectWithAWeeklySession(TestHttp team, int day) {
		String borough = jdbc.sql("""
				select b.id::text from organisation.borough b join organisation.area a on a.id = b.area_id
				join organisation.provider p on p.id = a.provider_id order by b.id limit 1""")
			.query(String.class)
			.single();
		assertThat(team
			.postFormFrom("/unpaid-work/projects", "/unpaid-work/projects",
					"name=Canal+towpath+clearance&type=OUTDOOR&boroughId=" + borough
							+ "&address=Lock+7&beneficiary=Canal+users&accessible=yes")
			.status()).isEqualTo(302);
		long project = jdbc.sql("select id from unpaidwork.project where name = 'Canal towpath clearance'")
			.query(Long.class)
			.single();
		assertThat(team
			.postFormFrom("/unpaid-work/projects", "/unpaid-work/projects/" + project + "/sessions",
					"day=" + day + "&start=09:00&end=16:00&supervisors=1&capacity=8")
			.status()).isEqualTo(302);
		return project;
	}

	@Test
	void aProjectsDetailsAndWeeklySessionsChangeAndEveryoneBookedIsKeptInStep() {
		TestHttp team = TestHttp.signedIn(port, "unpaidwork");
		LocalDate today = LocalDate.now(clock);
		int day = today.plusDays(1).getDayOfWeek().getValue();
		long project = addProjectWithAWeeklySession(team, day);
		String path = "/unpaid-work/projects/" + project;
		String page = team.page(path).body();
		assertThat(page).contains("id=\"details-form\"").contains("id=\"weekly\"");
		assertThat(team.page("/unpaid-work/projects").body()).contains("href=\"" + path + "\"");
		long weekly = jdbc.sql("select id from unpaidwork.weekly_session where project_id = :p")
			.param("p", project)
			.query(Long.class)
			.single();

		// the details: a blank name keeps what was typed, a stale version is refused
		TestHttp.Response blank = team.postFormFrom(path, path, "version=0&name=&type=OUTDOOR&boroughId="
				+ borough(project) + "&address=Lock+9&beneficiary=Canal+users");
		assertThat(blank.status()).isEqualTo(400);
		assertThat(blank.body()).contains("Enter the project").contains("value=\"Lock 9\"");
		TestHttp.Response renamed = team.postFormFrom(path, path, "version=0&name=Canal+and+towpath+clearance"
				+ "&type=OUTDOOR&boroughId=" + borough(project) + "&address=Lock+9&beneficiary=Canal+users");
		assertThat(renamed.status()).as(renamed.body()).isEqualTo(302);
		assertThat(team.page(path).body()).contains("Canal and towpath clearance").contains("Lock 9");
		assertThat(team
			.postFormFrom(path, path,
					"version=0&name=Other&type=OUTDOOR&boroughId=" + borough(project)
							+ "&address=Lock+9&beneficiary=Canal+users")
			.status()).isEqualTo(409);
		jdbc.sql("update unpaidwork.project set name = 'Canal towpath clearance' where id = :p")
			.param("p", project)
			.update();

		// a man booked on the first session to come: the project cannot become women only
		long first = jdbc.sql("select id from unpaidwork.session where project_id = :p order by starts_at limit 1")
			.param("p", project)
			.query(Long.class)
			.single();
		jdbc.sql("""
				insert into unpaidwork.booking (session_id, person_id, requirement_id, booked_by)
				select :session, p.id, r.id, 'unpaidwork' from people.person p
				join sentences.sentence s on s.person_id = p.id and s.status = 'ACTIVE'
				join sentences.requirement r on r.sentence_id = s.id and r.kind = 'UNPAID_WORK' and r.status = 'ACTIVE'
				where p.gender = 'MALE' order by p.id limit 1
				""").param("session", first).update();
		TestHttp.Response women = team.postFormFrom(path, path,
				"version=2&name=Canal+towpath+clearance" + "&type=OUTDOOR&boroughId=" + borough(project)
						+ "&address=Lock+9&beneficiary=Canal+users&womenOnly=yes");
		assertThat(women.status()).isEqualTo(400);
		assertThat(women.body()).contains("1 person booked on its sessions to come is not a woman");

		// fewer places and an earlier end keep the sessions and the booking
		TestHttp.Response smaller = team.postFormFrom(path, path + "/weekly-sessions/" + weekly,
				"day=" + day + "&start=09:00&end=15:00&supervisors=1&capacity=6");
		assertThat(smaller.status()).as(smaller.body()).isEqualTo(302);
		assertThat(jdbc.sql("select capacity from unpaidwork.session where id = :s")
			.param("s", first)
			.query(Integer.class)
			.single()).isEqualTo(6);
		assertThat(jdbc.sql("select status from unpaidwork.booking where session_id = :s")
			.param("s", first)
			.query(String.class)
			.single()).isEqualTo("BOOKED");
		TestHttp.Response tooMany = team.postFormFrom(path, path + "/weekly-sessions/" + weekly,
				"day=" + day + "&start=09:00&end=15:00&supervisors=1&capacity=11");
		assertThat(tooMany.status()).isEqualTo(400);
		assertThat(tooMany.body()).contains("at most 10").contains("id=\"capacity-" + weekly + "-error\"");

		// moved to another day: the booked session is cancelled, the others go, new ones
		// are made
		int otherDay = day % 7 + 1;
		TestHttp.Response moved = team.postFormFrom(path, path + "/weekly-sessions/" + weekly,
				"day=" + otherDay + "&start=10:00&end=15:00&supervisors=1&capacity=6");
		assertThat(moved.status()).as(moved.body()).isEqualTo(302);
		assertThat(jdbc.sql("select cancelled_reason from unpaidwork.session where id = :s")
			.param("s", first)
			.query(String.class)
			.single()).startsWith("Session moved to");
		assertThat(sessions(project, "cancelled_reason is null and extract(isodow from starts_at) = " + day)).isZero();
		assertThat(sessions(project, "cancelled_reason is null and extract(isodow from starts_at) = " + otherDay
				+ " and starts_at::time = '10:00'"))
			.isGreaterThanOrEqualTo(3);

		// another weekly session may not overlap it
		TestHttp.Response overlapping = team.postFormFrom("/unpaid-work/projects",
				"/unpaid-work/projects/" + project + "/sessions",
				"day=" + otherDay + "&start=14:00&end=17:00&supervisors=1&capacity=4");
		assertThat(overlapping.status()).isEqualTo(400);
		assertThat(overlapping.body()).contains("already has a session that day");

		// ended: its sessions to come are cancelled or gone, the pattern removed
		assertThat(team.postFormFrom(path, path + "/weekly-sessions/" + weekly + "/remove", "removeReason=").status())
			.isEqualTo(400);
		assertThat(
				team.postFormFrom(path, path + "/weekly-sessions/" + weekly + "/remove", "removeReason=Supervisor+left")
					.status())
			.isEqualTo(302);
		assertThat(sessions(project, "cancelled_reason is null and starts_at > now()")).isZero();
		assertThat(team.page(path).body()).contains("id=\"no-weekly\"");
		assertThat(jdbc
			.sql("select count(*) from access.audit_event where action in ('CHANGE_UNPAID_WORK_PROJECT', "
					+ "'CHANGE_UNPAID_WORK_SESSION', 'REMOVE_UNPAID_WORK_SESSION') and detail like 'Canal%'")
			.query(Long.class)
			.single()).isEqualTo(4);

		// others read the project; only the unpaid work team and managers change it
		TestHttp practitioner = TestHttp.signedIn(port, "practitioner");
		assertThat(practitioner.page(path).body()).doesNotContain("id=\"details-form\"");
		assertThat(practitioner.postFormFrom("/", path, "version=2&name=x").status()).isEqualTo(403);
	}

	private String borough(long project) {
		return jdbc.sql("select borough_id::text from unpaidwork.project where id = :p")
			.param("p", project)
			.query(String.class)
			.single();
	}

}
