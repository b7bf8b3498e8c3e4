package org.openprobation.assessment;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openprobation.IntegrationTest;
import org.openprobation.TestHttp;
import org.openprobation.assessment.domain.Countersigning;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Management oversight (issue 28, item 3): the team manager countersigns or returns a
 * case's RoSH assessment and sentence plan; a returned one is on the officer's list until
 * they revise it, and the revision waits in the manager's countersignature queue; only
 * the case's managers decide, never on a superseded assessment or a plan changed since,
 * and nobody countersigns their own work.
 */
@IntegrationTest
class ManagementOversightTest {

	@Value("${local.server.port}")
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	java.time.Clock clock;

	@Autowired
	Assessments assessments;

	record Case(long id, String crn) {
	}

	private Case practitionersCase(int offset) {
		return jdbc.sql("""
				select p.id, trim(p.crn) from people.person p
				join people.responsible_officer ro on ro.person_id = p.id and ro.to_date is null
				join access.app_user u on u.staff_id = ro.staff_id and u.username = 'practitioner'
				where not p.restricted
				order by p.crn desc offset :offset limit 1""")
			.param("offset", offset)
			.query((rs, n) -> new Case(rs.getLong(1), rs.getString(2)))
			.single();
	}

	private long highRosh(Case held, LocalDate on, String author) {
		return jdbc.sql("""
				insert into assessment.rosh_assessment (person_id, assessed_on, children, public_at_large, known_adult,
				  staff, prisoners, who_is_at_risk, nature_of_harm, risk_management_plan, author)
				values (:p, :on, 'LOW', 'HIGH', 'MEDIUM', 'LOW', 'LOW', 'Members of the public', 'Violence',
				  'Weekly contact', :author) returning id""")
			.param("p", held.id())
			.param("on", on)
			.param("author", author)
			.query(Long.class)
			.single();
	}

	@Test
	void aReturnedRoshAssessmentIsTheOfficersTaskUntilReassessedThenAwaitsTheManager() {
		Case held = practitionersCase(23);
		LocalDate today = LocalDate.now(clock);
		long first = highRosh(held, today.minusDays(2), "practitioner");
		long second = -1;
		try {
			TestHttp manager = TestHttp.signedIn(port, "manager");
			TestHttp practitioner = TestHttp.signedIn(port, "practitioner");
			String form = "/cases/" + held.crn() + "/rosh/countersignature";

			// awaiting, in the manager's queue, not the officer's
			assertThat(manager.page("/tasks?kind=COUNTERSIGNATURE_DUE").body()).contains(form);
			assertThat(practitioner.page("/tasks?kind=COUNTERSIGNATURE_DUE").body()).doesNotContain(form);
			assertThat(manager.page("/cases/" + held.crn() + "/risk").body()).contains("Awaiting countersignature",
					"id=\"countersign-rosh\"");
			assertThat(practitioner.page("/cases/" + held.crn() + "/risk").body()).contains("Awaiting countersignature")
				.doesNotContain("id=\"countersign-rosh\"");

			// the officer may not decide on their own case's assessment
			assertThat(practitioner.page(form).status()).isEqualTo(403);
			assertThat(practitioner
				.postFormFrom("/cases/" + held.crn(), form, "assessment=" + first + "&decision=COUNTERSIGNED")
				.status()).isEqualTo(403);

			// a return needs reasons; what was typed stays
			var noReasons = manager.postFormFrom(form, form, "assessment=" + first + "&decision=RETURNED&reasons=");
			assertThat(noReasons.status()).isEqualTo(400);
			assertThat(noReasons.body()).contains("Enter why you are returning it");

			var returned = manager.postFormFrom(form, form, "assessment=" + first + "&decision=RETURNED&reasons="
					+ TestHttp.encode("Say who the victims are and why it is high"));
			assertThat(returned.status()).isEqualTo(302);
			assertThat(practitioner.page("/tasks?kind=COUNTERSIGNATURE_RETURNED").body())
				.contains("/cases/" + held.crn() + "/rosh/new", "Say who the victims are and why it is high");
			assertThat(assessments.roshOversight(List.of(held.id())).get(held.id()).state())
				.isInstanceOf(Countersigning.Returned.class);
			assertThat(jdbc.sql("select count(*) from access.audit_event where action = 'RETURN_ROSH' and crn = :crn")
				.param("crn", held.crn())
				.query(Long.class)
				.single()).isEqualTo(1);

			// the officer reassesses: their task goes, the new one awaits the manager
			second = highRosh(held, today, "practitioner");
			assertThat(practitioner.page("/tasks?kind=COUNTERSIGNATURE_RETURNED").body())
				.doesNotContain("/cases/" + held.crn() + "/rosh/new");
			assertThat(manager.page("/tasks?kind=COUNTERSIGNATURE_DUE").body()).contains(form);

			// a decision on the superseded assessment is refused
			var stale = manager.postFormFrom(form, form, "assessment=" + first + "&decision=COUNTERSIGNED");
			assertThat(stale.status()).isEqualTo(400);
			assertThat(stale.body()).contains("A newer risk of serious harm assessment has been recorded since");

			assertThat(manager.postFormFrom(form, form, "assessment=" + second + "&decision=COUNTERSIGNED").status())
				.isEqualTo(302);
			assertThat(manager.page("/cases/" + held.crn() + "/risk").body()).contains("Countersigned", "by manager");
			assertThat(manager.page("/tasks?kind=COUNTERSIGNATURE_DUE").body()).doesNotContain(form);
		}
		finally {
			jdbc.sql("delete from assessment.rosh_assessment where id in (:ids)")
				.param("ids", List.of(first, second))
				.update();
		}
	}

	@Test
	void aManagerReturnsAPlanAndTheOfficerSeesItUntilThePlanChanges() {
		Case held = practitionersCase(24);
		LocalDate today = LocalDate.now(clock);
		long rosh = highRosh(held, today, "practitioner");
		try {
			TestHttp manager = TestHttp.signedIn(port, "manager");
			TestHttp practitioner = TestHttp.signedIn(port, "practitioner");
			addObjective(practitioner, held, "Find settled accommodation");
			String form = "/cases/" + held.crn() + "/plan/countersignature";
			int version = jdbc.sql("select version from planning.plan where person_id = :p")
				.param("p", held.id())
				.query(Integer.class)
				.single();
			assertThat(manager.page("/cases/" + held.crn() + "/plan").body()).contains("Awaiting countersignature",
					"id=\"countersign-plan\"");
			assertThat(manager.page("/tasks?kind=COUNTERSIGNATURE_DUE").body()).contains(form);

			// a plan changed since the manager opened it is not decided on
			var stale = manager.postFormFrom(form, form, "version=" + (version - 1) + "&decision=COUNTERSIGNED");
			assertThat(stale.status()).isEqualTo(400);
			assertThat(stale.body()).contains("The plan has changed since you opened it");

			assertThat(manager
				.postFormFrom(form, form,
						"version=" + version + "&decision=RETURNED&reasons="
								+ TestHttp.encode("Add an objective for the risk of harm"))
				.status()).isEqualTo(302);
			String tasks = practitioner.page("/tasks?kind=COUNTERSIGNATURE_RETURNED").body();
			assertThat(tasks).contains("/cases/" + held.crn() + "/plan", "Add an objective for the risk of harm");
			assertThat(practitioner.page("/cases/" + held.crn() + "/plan").body()).contains("Returned to the officer",
					"Add an objective for the risk of harm");

			// the officer revises the plan: their task goes and it awaits
			// countersignature
			addObjective(practitioner, held, "Reduce the risk to the public");
			assertThat(practitioner.page("/tasks?kind=COUNTERSIGNATURE_RETURNED").body())
				.doesNotContain("/cases/" + held.crn() + "/plan\"");
			assertThat(manager.page("/tasks?kind=COUNTERSIGNATURE_DUE").body()).contains(form);
		}
		finally {
			jdbc.sql("delete from assessment.rosh_assessment where id = :id").param("id", rosh).update();
			jdbc.sql("""
					delete from planning.objective where created_by = 'practitioner'
					  and plan_id = (select id from planning.plan where person_id = :p)
					  and text in ('Find settled accommodation', 'Reduce the risk to the public')""")
				.param("p", held.id())
				.update();
			jdbc.sql(
					"delete from planning.countersignature where plan_id = (select id from planning.plan where person_id = :p)")
				.param("p", held.id())
				.update();
		}
	}

	@Test
	void nobodyCountersignsTheirOwnAssessmentAndAPractitionerRecordsNoManagementOversight() {
		Case held = practitionersCase(25);
		long own = highRosh(held, LocalDate.now(clock), "manager");
		try {
			TestHttp manager = TestHttp.signedIn(port, "manager");
			String form = "/cases/" + held.crn() + "/rosh/countersignature";
			var mine = manager.postFormFrom(form, form, "assessment=" + own + "&decision=COUNTERSIGNED");
			assertThat(mine.status()).isEqualTo(400);
			assertThat(mine.body()).contains("You wrote it: another manager countersigns it");

			TestHttp practitioner = TestHttp.signedIn(port, "practitioner");
			String noteForm = "/cases/" + held.crn() + "/case-notes/new";
			var note = practitioner.postFormFrom(noteForm, "/cases/" + held.crn() + "/case-notes",
					"type=OVERSIGHT&text=" + TestHttp.encode("Discussed in supervision"));
			assertThat(note.status()).isEqualTo(400);
			assertThat(note.body()).contains("Management oversight is recorded by the case")
				.contains("Discussed in supervision");
			assertThat(manager
				.postFormFrom(noteForm, "/cases/" + held.crn() + "/case-notes",
						"type=OVERSIGHT&text=" + TestHttp.encode("Discussed in supervision: risk plan agreed"))
				.status()).isEqualTo(302);
		}
		finally {
			jdbc.sql("delete from assessment.rosh_assessment where id = :id").param("id", own).update();
			jdbc.sql("delete from contacts.note where person_id = :p and type = 'OVERSIGHT' and written_by = 'manager'")
				.param("p", held.id())
				.update();
		}
	}

	@Test
	void throughTheApiAManagerCountersignsAndEveryFieldProblemIsNamed() {
		Case held = practitionersCase(26);
		long rosh = highRosh(held, LocalDate.now(clock), "practitioner");
		try {
			TestHttp api = TestHttp.anonymous(port);
			String path = "/api/v1/people/" + held.crn();
			var read = api.get(path + "/countersignatures", "practitioner");
			assertThat(read.status()).isEqualTo(200);
			assertThat(read.json().at("/rosh/assessmentId").asLong()).isEqualTo(rosh);
			assertThat(read.json().at("/rosh/countersignature/state").asString()).isEqualTo("AWAITING");
			assertThat(read.json().at("/rosh/countersignature/dueBy").asString()).isNotBlank();

			String decide = path + "/rosh-assessments/" + rosh + "/countersignature";
			assertThat(api.postJson(decide, "practitioner", "{\"decision\":\"COUNTERSIGNED\"}").status())
				.isEqualTo(403);
			var missing = api.postJson(decide, "manager", "{}");
			assertThat(missing.status()).isEqualTo(400);
			assertThat(missing.body()).contains("decision");
			var noReasons = api.postJson(decide, "manager", "{\"decision\":\"RETURNED\"}");
			assertThat(noReasons.status()).isEqualTo(400);
			assertThat(noReasons.body()).contains("reasons");
			var signed = api.postJson(decide, "manager", "{\"decision\":\"COUNTERSIGNED\",\"reasons\":\"Agreed\"}");
			assertThat(signed.status()).isEqualTo(201);
			assertThat(signed.json().at("/countersignature/state").asString()).isEqualTo("COUNTERSIGNED");
			assertThat(signed.json().at("/countersignature/decidedBy").asString()).isEqualTo("manager");
			assertThat(api.get(path + "/countersignatures", "practitioner")
				.json()
				.at("/rosh/countersignature/state")
				.asString()).isEqualTo("COUNTERSIGNED");

			var planMissing = api.postJson(path + "/sentence-plan/countersignature", "manager",
					"{\"decision\":\"RETURNED\",\"reasons\":\"Revise\"}");
			assertThat(planMissing.status()).isEqualTo(400);
			assertThat(planMissing.body()).contains("version");
		}
		finally {
			jdbc.sql("delete from assessment.rosh_assessment where id = :id").param("id", rosh).update();
		}
	}

	private void addObjective(TestHttp practitioner, Case held, String text) {
		LocalDate target = LocalDate.now(clock).plusMonths(3);
		var added = practitioner.postFormFrom("/cases/" + held.crn() + "/plan/objectives/new",
				"/cases/" + held.crn() + "/plan/objectives",
				"text=" + TestHttp.encode(text) + "&needs=ACCOMMODATION&risk=true&targetDate.day="
						+ target.getDayOfMonth() + "&targetDate.month=" + target.getMonthValue() + "&targetDate.year="
						+ target.getYear() + "&deliveredBy=OFFICER");
		assertThat(added.status()).isEqualTo(302);
	}

}
