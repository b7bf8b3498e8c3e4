package org.openprobation.workforce;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openprobation.IntegrationTest;
import org.openprobation.TestHttp;
import org.openprobation.allocation.TeamWorkload;
import org.openprobation.allocation.Workloads;
import org.openprobation.organisation.Organisation;
import org.openprobation.organisation.StaffMember;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff and workforce records kept through the pages (issue 26): a reduction or a
 * training record changes workload and the workforce report; sickness absence and
 * performance plans are seen only by the member of staff's managers; a leaving date puts
 * their cases in the team's queue for reallocation.
 */
@IntegrationTest
class StaffRecordsTest {

	@Value("${local.server.port}")
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	java.time.Clock clock;

	@Autowired
	Workloads workloads;

	@Autowired
	Organisation organisation;

	private StaffMember member;

	private long lastPlan;

	/**
	 * A probation officer with cases, in a team other than the demo manager's, and no
	 * account of their own.
	 */
	@BeforeEach
	void pickAnOfficer() {
		String code = jdbc.sql("""
				select s.code from organisation.staff s
				where s.grade = 'PROBATION_OFFICER' and s.team_id is not null and s.leaves_on is null
				and not exists (select 1 from access.app_user u where u.staff_id = s.id)
				and s.team_id <> (select m.team_id from organisation.staff m join access.app_user u on u.staff_id = m.id
				                  where u.username = 'manager')
				and exists (select 1 from people.responsible_officer ro where ro.staff_id = s.id and ro.to_date is null)
				order by s.code limit 1""").query(String.class).single();
		member = organisation.staffMember(code).orElseThrow();
		lastPlan = jdbc.sql("select coalesce(max(id), 0) from organisation.performance_plan")
			.query(Long.class)
			.single();
	}

	@AfterEach
	void putTheRecordBack() {
		jdbc.sql("delete from allocation.reduction where staff_id = :id and recorded_by is not null")
			.param("id", member.id())
			.update();
		jdbc.sql("delete from organisation.training_record where staff_id = :id and recorded_by is not null")
			.param("id", member.id())
			.update();
		jdbc.sql("delete from organisation.performance_plan where staff_id = :id and id > :last")
			.param("id", member.id())
			.param("last", lastPlan)
			.update();
		jdbc.sql("update organisation.staff set leaves_on = null where id = :id").param("id", member.id()).update();
	}

	private String date(String field, LocalDate date) {
		return field + ".day=" + date.getDayOfMonth() + "&" + field + ".month=" + date.getMonthValue() + "&" + field
				+ ".year=" + date.getYear();
	}

	private TeamWorkload.PractitionerWorkload workload() {
		StaffMember now = organisation.staffMember(member.id()).orElseThrow();
		return workloads.workloadsOf(List.of(now)).get(0);
	}

	/**
	 * The workforce report's row for the member's grade in their team, as CSV columns.
	 */
	private String[] workforceRow(TestHttp admin) {
		String csv = admin.page("/oversight/workforce.csv?scope=TEAM&code=" + member.teamCode()).body();
		return csv.lines()
			.filter(l -> l.startsWith("\"Probation officer\","))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no probation officer row in " + csv))
			.split(",");
	}

	@Test
	void workloadAndTheWorkforceReportChangeWhenAReductionOrTrainingIsAddedThroughThePage() {
		TestHttp admin = TestHttp.signedIn(port, "admin");
		String path = "/organisation/staff/" + member.code();
		assertThat(admin.page(path).body()).contains("id=\"workload\"");
		TeamWorkload.PractitionerWorkload before = workload();
		LocalDate today = LocalDate.now(clock);

		TestHttp.Response bad = admin.postFormFrom(path, path + "/reductions", "kind=TRAINING&hours=lots");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.body()).contains("govuk-error-summary").contains("value=\"lots\"");

		TestHttp.Response reduced = admin.postFormFrom(path, path + "/reductions",
				"kind=TRAINING&details=Risk+of+serious+harm+refresher&hours=7.5&" + date("startsOn", today) + "&"
						+ date("endsOn", today.plusDays(4)));
		assertThat(reduced.status()).as(reduced.body()).isEqualTo(302);
		TeamWorkload.PractitionerWorkload after = workload();
		assertThat(after.reductionHours())
			.isEqualByComparingTo(before.reductionHours().add(new java.math.BigDecimal("7.5")));
		assertThat(after.availablePoints()).isLessThan(before.availablePoints());
		assertThat(admin.page(path).body()).contains("Risk of serious harm refresher");

		String[] reportBefore = workforceRow(admin);
		TestHttp.Response trained = admin.postFormFrom(path, path + "/training", "course=Domestic+abuse+awareness&"
				+ date("completedOn", today) + "&" + date("expiresOn", today.plusYears(3)));
		assertThat(trained.status()).as(trained.body()).isEqualTo(302);
		String[] reportAfter = workforceRow(admin);
		assertThat(Integer.parseInt(reportAfter[7])).isEqualTo(Integer.parseInt(reportBefore[7]) + 1);
		assertThat(organisation.coursesValidOn(List.of(member.id()), today).get(member.id()))
			.contains("Domestic abuse awareness");
		assertThat(jdbc
			.sql("select count(*) from access.audit_event where username = 'admin' and action in "
					+ "('ADD_WORKLOAD_REDUCTION', 'ADD_TRAINING_RECORD') and detail like :code")
			.param("code", "%" + member.code() + "%")
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void sicknessAbsenceAndPerformancePlansAreSeenOnlyByTheirManagers() {
		TestHttp admin = TestHttp.signedIn(port, "admin");
		String path = "/organisation/staff/" + member.code();
		LocalDate today = LocalDate.now(clock);
		assertThat(admin.postFormFrom(path, path + "/reductions", "kind=SICKNESS&percent=50&" + date("startsOn", today))
			.status()).isEqualTo(302);
		assertThat(admin.postFormFrom(path, path + "/performance-plans", "action=start&" + date("on", today)).status())
			.isEqualTo(302);
		String managed = admin.page(path).body();
		assertThat(managed).contains("Sickness absence").contains("id=\"plans\"");

		// another team's senior probation officer, of the same provider
		String other = TestHttp.signedIn(port, "manager").page(path).body();
		assertThat(other).doesNotContain("Sickness absence")
			.contains("id=\"hidden-reductions\"")
			.doesNotContain("Performance improvement plans")
			.doesNotContain("id=\"change-form\"");
		assertThat(TestHttp.signedIn(port, "practitioner").page(path).status()).isEqualTo(403);
		assertThat(TestHttp.signedIn(port, "manager").postFormFrom(path, path + "/reductions", "kind=LEAVE").status())
			.isEqualTo(403);
	}

	@Test
	void aLeavingDatePutsTheirCasesInTheTeamsQueueToBeReallocated() {
		TestHttp admin = TestHttp.signedIn(port, "admin");
		String path = "/organisation/staff/" + member.code();
		String version = admin.page(path).body().replaceAll("(?s).*name=\"version\" value=\"(\\d+)\".*", "$1");
		String record = "version=" + version + "&grade=PROBATION_OFFICER&contractedHours="
				+ member.contractedHours().stripTrailingZeros().toPlainString() + "&specialistRole="
				+ (member.specialistRole() == null ? "NONE" : member.specialistRole().name());

		TestHttp.Response badTeam = admin.postFormFrom(path, path, record + "&teamCode=NO-SUCH-TEAM");
		assertThat(badTeam.status()).isEqualTo(400);
		assertThat(badTeam.body()).contains("govuk-error-summary").contains("value=\"NO-SUCH-TEAM\"");

		LocalDate leaves = LocalDate.now(clock).plusDays(14);
		TestHttp.Response saved = admin.postFormFrom(path, path,
				record + "&teamCode=" + member.teamCode() + "&" + date("leavesOn", leaves));
		assertThat(saved.status()).as(saved.body()).isEqualTo(302);
		assertThat(admin.page(path).body()).contains("id=\"leaving\"");
		TestHttp.Response queue = admin.page("/teams/" + member.teamCode() + "/allocations");
		assertThat(queue.body()).contains("id=\"leaving\"").contains(member.name()).contains("/reallocate");
	}

	@Test
	void fundedPostsAreSetOnTheTeamsPageAndTheWorkforceReportCountsThem() {
		Integer was = jdbc
			.sql("select posts from organisation.establishment where team_id = :t and grade = 'PROBATION_OFFICER'")
			.param("t", member.teamId())
			.query(Integer.class)
			.optional()
			.orElse(0);
		TestHttp admin = TestHttp.signedIn(port, "admin");
		String team = "/organisation/units/teams/" + member.teamCode();
		try {
			TestHttp.Response saved = admin.postFormFrom(team, team + "/posts", "probationOfficer=" + (was + 3));
			assertThat(saved.status()).isEqualTo(302);
			assertThat(admin.page(team).body()).contains("value=\"" + (was + 3) + "\"");
			assertThat(Integer.parseInt(workforceRow(admin)[4])).isEqualTo(was + 3);
			assertThat(TestHttp.signedIn(port, "manager")
				.postFormFrom(team, team + "/posts", "probationOfficer=1")
				.status()).isEqualTo(403);
		}
		finally {
			jdbc.sql(
					"update organisation.establishment set posts = :p where team_id = :t and grade = 'PROBATION_OFFICER'")
				.param("p", was)
				.param("t", member.teamId())
				.update();
		}
	}

}
