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
		String borough = jdbc.sql("""
				select b.id::text from organisation.borough b join organisation.area a on a.id = b.area_id
				join organisation.provider p on p.id = a.provider_id order by b.id limit 1""")
			.query(String.class)
			.single();
		assertThat(team
			.postFormFrom("/unpaid-work/projects", "/unpaid-work/projects",
					"name=Canal+towpath+clearance&type=OUTDOOR&boroughId=" + borough
							+ "&address=Lock+7&beneficiary=Canal+users")
			.status()).isEqualTo(302);
		long project = jdbc.sql("select id from unpaidwork.project where name = 'Canal towpath clearance'")
			.query(Long.class)
			.single();
		LocalDate today = LocalDate.now(clock);
		int day = today.plusDays(1).getDayOfWeek().getValue();
		assertThat(team
			.postFormFrom("/unpaid-work/projects", "/unpaid-work/projects/" + project + "/sessions",
					"day=" + day + "&start=09:00&end=16:00&supervisors=1&capacity=8")
			.status()).isEqualTo(302);
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

}
