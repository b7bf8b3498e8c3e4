package org.openprobation.access;

import java.time.LocalDateTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openprobation.IntegrationTest;
import org.openprobation.TestHttp;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each way round restricted and excluded access that issue 24 found on the London demo,
 * tried again as the user who found it: every one is refused (403), the refusal names
 * nobody and is audited, and lists and exports leave the case out and say so.
 */
@IntegrationTest
class CaseAccessBypassTest {

	@org.springframework.beans.factory.annotation.Autowired
	java.time.Clock clock;

	private static final Pattern CRN = Pattern.compile("\\b[A-Z][0-9]{6}\\b");

	@Value("${local.server.port}")
	int port;

	@Autowired
	JdbcClient jdbc;

	/** People whose access a test changed, put back after each test. */
	private final java.util.Set<Long> touched = new java.util.HashSet<>();

	record Person(long id, String crn, String forename, String surname) {

		/** The ways a page may write the person's name. */
		List<String> names() {
			return List.of(forename + " " + surname, surname + ", " + forename);
		}

	}

	@AfterEach
	void putAccessBack() {
		for (long id : touched) {
			jdbc.sql("delete from access.case_restriction where person_id = :p").param("p", id).update();
			jdbc.sql("update people.person set restricted = false where id = :p").param("p", id).update();
		}
		touched.clear();
	}

	private Person person(String where) {
		return jdbc.sql("select p.id, p.crn, p.forename, p.surname from people.person p " + where + " limit 1")
			.query((rs, n) -> new Person(rs.getLong(1), rs.getString(2).trim(), rs.getString(3), rs.getString(4)))
			.single();
	}

	private Person byCrn(String crn) {
		return person("where p.crn = '" + crn + "'");
	}

	/** An unrestricted case held now by the demo practitioner, nobody named on it. */
	private Person practitionersCase(int offset) {
		return person("""
				join people.responsible_officer ro on ro.person_id = p.id and ro.to_date is null
				join access.app_user u on u.staff_id = ro.staff_id and u.username = 'practitioner'
				where not p.restricted and p.transferred_out_on is null
				  and not exists (select 1 from access.case_restriction x where x.person_id = p.id)
				order by p.crn offset %d""".formatted(offset));
	}

	private void exclude(Person person, String username) {
		touched.add(person.id());
		jdbc.sql("""
				insert into access.case_restriction (person_id, username, kind, reason, added_by)
				values (:p, :u, 'EXCLUDED', 'Knows the family', 'test')
				""").param("p", person.id()).param("u", username).update();
	}

	/** Restricted, with nobody named on it. */
	private void restrict(Person person) {
		touched.add(person.id());
		jdbc.sql("update people.person set restricted = true where id = :p").param("p", person.id()).update();
	}

	private int refusals(Person person, String username) {
		return jdbc.sql("""
				select count(*) from access.audit_event
				where crn = :crn and username = :u and action = 'ACCESS_REFUSED'
				""").param("crn", person.crn()).param("u", username).query(Integer.class).single();
	}

	private static void refusedWithoutTheName(TestHttp.Response response, Person person, String what) {
		assertThat(response.status()).as(what + ": " + response.body()).isEqualTo(403);
		for (String name : person.names()) {
			assertThat(response.body()).as(what).doesNotContain(name);
		}
	}

	private static int occurrences(String body, String name) {
		return body.split(Pattern.quote(name), -1).length - 1;
	}

	private static void leftOut(String body, Person person, String what) {
		assertThat(body).as(what).doesNotContain(person.crn());
		for (String name : person.names()) {
			assertThat(body).as(what).doesNotContain(name);
		}
	}

	private String teamOf(String username) {
		return jdbc.sql("""
				select t.code from organisation.team t join organisation.staff s on s.team_id = t.id
				join access.app_user u on u.staff_id = s.id where u.username = :u
				""").param("u", username).query(String.class).single().trim();
	}

	@Test
	void managersExcludedFromACaseCannotSeeOrReallocateItByPageOrApi() {
		Person person = practitionersCase(3);
		String officer = "select ro.staff_id from people.responsible_officer ro where ro.person_id = :p "
				+ "and ro.to_date is null";
		long before = jdbc.sql(officer).param("p", person.id()).query(Long.class).single();
		TestHttp api = TestHttp.anonymous(port);
		for (String user : List.of("manager", "area", "admin")) {
			// the manager holds the case's team, the area manager its area, and the
			// administrator everything: each could reallocate it until excluded
			assertThat(api.get("/api/v1/people/" + person.crn() + "/reallocation", user).status()).as(user)
				.isEqualTo(200);
			exclude(person, user);
			int refused = refusals(person, user);
			refusedWithoutTheName(TestHttp.signedIn(port, user).page("/cases/" + person.crn() + "/reallocate"), person,
					user + " reallocation page");
			refusedWithoutTheName(api.get("/api/v1/people/" + person.crn() + "/reallocation", user), person,
					user + " reallocation API");
			refusedWithoutTheName(api.postJson("/api/v1/people/" + person.crn() + "/reallocation", user,
					"{\"staffCode\":\"X\",\"reason\":\"LEAVING\"}"), person, user + " reallocation by API");
			assertThat(refusals(person, user)).as(user).isEqualTo(refused + 3);
		}
		assertThat(jdbc.sql(officer).param("p", person.id()).query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void aWaitingCaseHiddenFromTheManagerIsNeitherListedNorOpened() {
		String team = teamOf("manager");
		record Waiting(long id, long personId) {
		}
		Waiting waiting = jdbc.sql("""
				select a.id, a.person_id from allocation.awaiting_allocation a
				join organisation.team t on t.id = a.team_id and t.code = :team
				join people.person p on p.id = a.person_id and not p.restricted
				where a.allocated_on is null order by a.id limit 1
				""").param("team", team).query((rs, n) -> new Waiting(rs.getLong(1), rs.getLong(2))).single();
		Person person = person("where p.id = " + waiting.personId());
		TestHttp manager = TestHttp.signedIn(port, "manager");
		assertThat(manager.page("/teams/" + team + "/allocations").body()).contains(person.crn());
		exclude(person, "manager");
		int refused = refusals(person, "manager");
		String queue = manager.page("/teams/" + team + "/allocations").body();
		leftOut(queue, person, "queue page");
		assertThat(queue).contains("not shown here");
		refusedWithoutTheName(manager.page("/teams/" + team + "/allocations/" + waiting.id()), person,
				"allocation page");
		TestHttp api = TestHttp.anonymous(port);
		refusedWithoutTheName(api.get("/api/v1/teams/" + team + "/allocations/" + waiting.id(), "manager"), person,
				"recommendation API");
		TestHttp.Response list = api.get("/api/v1/teams/" + team + "/allocations", "manager");
		leftOut(list.body(), person, "queue API");
		assertThat(list.json().get("hidden").asInt()).isEqualTo(1);
		assertThat(refusals(person, "manager")).isEqualTo(refused + 2);
	}

	@Test
	void theOversightExportLeavesOutACaseTheManagerIsExcludedFrom() {
		String path = "/oversight/teams/" + teamOf("manager") + "/cases/plan-gaps.csv?all=true";
		TestHttp manager = TestHttp.signedIn(port, "manager");
		String before = manager.page(path).body();
		Matcher crn = CRN.matcher(before);
		assertThat(crn.find()).as(before).isTrue();
		Person person = byCrn(crn.group());
		exclude(person, "manager");
		String after = manager.page(path).body();
		leftOut(after, person, "oversight export");
		assertThat(after).contains("1 case is not listed");
		String page = manager.page(path.replace(".csv", "")).body();
		leftOut(page, person, "oversight page");
	}

	@Test
	void unpaidWorkStaffExcludedFromACaseCannotBookRegisterInductOrEditItsAvailability() {
		Person person = person("""
				join sentences.sentence s on s.person_id = p.id and s.status = 'ACTIVE'
				join sentences.requirement r on r.sentence_id = s.id and r.kind = 'UNPAID_WORK' and r.status = 'ACTIVE'
				join unpaidwork.induction ind on ind.requirement_id = r.id
				where p.transferred_out_on is null and r.end_date > current_date + 60 and p.gender = 'MALE'
				  and not p.restricted and not exists (select 1 from assessment.registration g where g.person_id = p.id)
				  and not exists (select 1 from access.case_restriction x where x.person_id = p.id)
				order by p.crn offset 7""");
		LocalDateTime start = LocalDateTime.now(clock).plusDays(41).withHour(6).withMinute(0).withSecond(0).withNano(0);
		long session = jdbc.sql("""
				insert into unpaidwork.session (project_id, starts_at, ends_at, capacity)
				select id, :start, :end, 5 from unpaidwork.project where not women_only and not involves_children
				order by id desc limit 1 returning id
				""").param("start", start).param("end", start.plusHours(3)).query(Long.class).single();
		exclude(person, "unpaidwork");
		int refused = refusals(person, "unpaidwork");
		TestHttp api = TestHttp.anonymous(port);
		String crn = "{\"crn\":\"" + person.crn() + "\"}";
		refusedWithoutTheName(api.postJson("/api/v1/unpaid-work/sessions/" + session + "/bookings", "unpaidwork", crn),
				person, "booking");
		refusedWithoutTheName(
				api.postJson("/api/v1/unpaid-work/sessions/" + session + "/waiting-list", "unpaidwork", crn), person,
				"waiting list");
		refusedWithoutTheName(api.postJson("/api/v1/unpaid-work/sessions/" + session + "/attendance", "unpaidwork",
				"{\"crn\":\"" + person.crn() + "\",\"attendance\":\"ATTENDED\"}"), person, "register");
		refusedWithoutTheName(api.postJson("/api/v1/people/" + person.crn() + "/unpaid-work/induction", "unpaidwork",
				"{\"on\":\"2026-11-01\"}"), person, "induction");
		TestHttp staff = TestHttp.signedIn(port, "unpaidwork");
		String token = TestHttp.csrf(staff.page("/unpaid-work/sessions").body());
		refusedWithoutTheName(staff.postForm("/cases/" + person.crn() + "/unpaid-work/availability",
				"_csrf=" + token + "&day=2&from=09:00&to=12:00&reason=EMPLOYMENT"), person, "availability");
		refusedWithoutTheName(staff.page("/cases/" + person.crn() + "/unpaid-work"), person, "case's unpaid work");
		assertThat(refusals(person, "unpaidwork")).isEqualTo(refused + 6);
		assertThat(jdbc.sql("select count(*) from unpaidwork.booking where session_id = :s")
			.param("s", session)
			.query(Integer.class)
			.single()).isZero();
		assertThat(jdbc.sql("select count(*) from unpaidwork.availability where person_id = :p")
			.param("p", person.id())
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void theWeeklyPlanAndTheMessageLogLeaveOutARestrictedPerson() {
		TestHttp staff = TestHttp.signedIn(port, "unpaidwork");
		String plan = staff.page("/unpaid-work/plan").body();
		Matcher crn = Pattern.compile("unpaid-work\">[^<]* \\(([A-Z][0-9]{6})\\)").matcher(plan);
		// synthetic names repeat (London has 21 of some), so the person followed is one
		// whose name no one else on the plan or in the message log has: then "not on the
		// page" means not shown at all
		String log = staff.page("/unpaid-work/messages").body();
		Person planned = null;
		while (planned == null && crn.find()) {
			Person candidate = byCrn(crn.group(1));
			if (candidate.names()
				.stream()
				.allMatch(name -> occurrences(plan, name) <= 1 && occurrences(log, name) == 0)) {
				planned = candidate;
			}
		}
		assertThat(planned).as("someone is planned whose name is theirs alone on these pages").isNotNull();
		long provider = jdbc.sql("select provider_id from access.app_user where username = 'unpaidwork'")
			.query(Long.class)
			.single();
		jdbc.sql("""
				insert into unpaidwork.message (provider_id, person_id, channel, from_who, body, received_at, logged_by)
				values (:provider, :p, 'CALL', 'Probation office', 'Asked to move a session', now(), 'test')
				""").param("provider", provider).param("p", planned.id()).update();
		assertThat(staff.page("/unpaid-work/messages").body()).contains(planned.crn());
		restrict(planned);
		String after = staff.page("/unpaid-work/plan").body();
		leftOut(after, planned, "weekly plan");
		assertThat(after).contains("not shown here");
		String messages = staff.page("/unpaid-work/messages").body();
		leftOut(messages, planned, "message log");
		assertThat(messages).contains("not shown here");
	}

	@Test
	void theNpsDecisionOnARestrictedCaseIsRefusedToAnAreaManagerNotNamedOnIt() {
		Person person = practitionersCase(5);
		long transfer = jdbc.sql("""
				insert into allocation.transfer_request (person_id, from_provider_id, kind, reasons, requested_on,
				    requested_by, decision_due_on)
				select p.id, p.provider_id, 'ESCALATION', 'Risk has risen', current_date, 'manager', current_date + 5
				from people.person p where p.id = :p returning id
				""").param("p", person.id()).query(Long.class).single();
		try {
			restrict(person);
			TestHttp area = TestHttp.signedIn(port, "area");
			String token = TestHttp.csrf(area.page("/transfers").body());
			refusedWithoutTheName(area.postForm("/transfers/" + transfer,
					"_csrf=" + token + "&decision=ACCEPTED&decisionReasons=Agreed"), person, "NPS decision");
			refusedWithoutTheName(area.page("/transfers/" + transfer), person, "request to the NPS");
			assertThat(jdbc.sql("select decision from allocation.transfer_request where id = :id")
				.param("id", transfer)
				.query(String.class)
				.optional()).isEmpty();
			assertThat(area.page("/transfers").body()).doesNotContain(person.crn());
		}
		finally {
			jdbc.sql("delete from allocation.transfer_request where id = :id").param("id", transfer).update();
		}
	}

	@Test
	void nobodyChangesAnEntryThatNamesThemselvesAndAnExcludedAdministratorChangesNothing() {
		Person person = practitionersCase(9);
		exclude(person, "admin");
		int refused = refusals(person, "admin");
		TestHttp admin = TestHttp.signedIn(port, "admin");
		String token = TestHttp.csrf(admin.page("/").body());
		refusedWithoutTheName(
				admin.postForm("/settings/case-restrictions/remove",
						"_csrf=" + token + "&crn=" + person.crn() + "&username=admin"),
				person, "removing own exclusion");
		refusedWithoutTheName(
				admin.postForm("/settings/case-restrictions",
						"_csrf=" + token + "&crn=" + person.crn() + "&username=admin&kind=ALLOWED&reason=Mine"),
				person, "naming themselves allowed");
		refusedWithoutTheName(
				admin.postForm("/settings/case-restrictions",
						"_csrf=" + token + "&crn=" + person.crn() + "&username=manager&kind=EXCLUDED&reason=Other"),
				person, "changing others on a case they are excluded from");
		assertThat(jdbc.sql("select username || ':' || kind from access.case_restriction where person_id = :p")
			.param("p", person.id())
			.query(String.class)
			.list()).containsExactly("admin:EXCLUDED");
		assertThat(refusals(person, "admin")).isEqualTo(refused + 3);

		// a restriction is lifted only by an administrator named on the case
		Person restricted = practitionersCase(10);
		restrict(restricted);
		refusedWithoutTheName(
				admin.postForm("/settings/case-restrictions/lift", "_csrf=" + token + "&crn=" + restricted.crn()),
				restricted, "lifting a restriction not named on");
		assertThat(jdbc.sql("select restricted from people.person where id = :p")
			.param("p", restricted.id())
			.query(Boolean.class)
			.single()).isTrue();
	}

	@Test
	void theTeamSafeguardingPageAndReadingTheAuditTrailAreAudited() {
		String team = teamOf("manager");
		long before = jdbc.sql("select coalesce(max(id), 0) from access.audit_event").query(Long.class).single();
		assertThat(TestHttp.signedIn(port, "manager").page("/teams/" + team + "/safeguarding").status()).isEqualTo(200);
		Person person = practitionersCase(0);
		assertThat(TestHttp.signedIn(port, "admin").page("/audit?crn=" + person.crn()).status()).isEqualTo(200);
		assertThat(jdbc.sql("""
				select username || ' ' || action || ' ' || coalesce(crn, '-') from access.audit_event
				where id > :before and action in ('VIEW_TEAM_SAFEGUARDING', 'VIEW_AUDIT') order by id
				""").param("before", before).query(String.class).list())
			.containsExactly("manager VIEW_TEAM_SAFEGUARDING -", "admin VIEW_AUDIT " + person.crn());
	}

	@Test
	void aListRecordsTheCasesItShowedSoTheTrailFindsThem() {
		Person person = practitionersCase(0);
		long before = jdbc.sql("select coalesce(max(id), 0) from access.audit_event").query(Long.class).single();
		assertThat(TestHttp.anonymous(port).get("/api/v1/people?q=" + person.crn(), "manager").status()).isEqualTo(200);
		assertThat(jdbc.sql("""
				select count(*) from access.audit_event
				where id > :before and action = 'SEARCH_PEOPLE' and shown_crns @> array[:crn::text]
				""").param("before", before).param("crn", person.crn()).query(Integer.class).single()).isEqualTo(1);
		assertThat(TestHttp.signedIn(port, "admin").page("/audit?action=SEARCH_PEOPLE&crn=" + person.crn()).body())
			.contains("SEARCH_PEOPLE");
	}

	@Test
	void everyPageThatListsPeopleRecordsWhichCasesItShowed() {
		String team = teamOf("manager");
		long before = jdbc.sql("select coalesce(max(id), 0) from access.audit_event").query(Long.class).single();
		List<String[]> lists = List.of(new String[] { "practitioner", "/tasks", "VIEW_TASKS" },
				new String[] { "manager", "/overdue", "VIEW_OVERDUE" },
				new String[] { "manager", "/transfers", "VIEW_TRANSFERS" },
				new String[] { "manager", "/teams/" + team + "/oversight", "VIEW_TEAM_OVERSIGHT" },
				new String[] { "manager", "/teams/" + team + "/allocations", "VIEW_ALLOCATION_QUEUE" },
				new String[] { "manager", "/teams/" + team + "/safeguarding", "VIEW_TEAM_SAFEGUARDING" },
				new String[] { "practitioner", "/caseload", "VIEW_CASELOAD" },
				new String[] { "unpaidwork", "/unpaid-work/overview", "VIEW_UNPAID_WORK_OVERVIEW" },
				new String[] { "unpaidwork", "/unpaid-work/messages", "VIEW_UNPAID_WORK_MESSAGES" },
				new String[] { "unpaidwork", "/unpaid-work/plan", "PLAN_UNPAID_WORK_WEEK" });
		for (String[] list : lists) {
			TestHttp.Response page = TestHttp.signedIn(port, list[0]).page(list[1]);
			assertThat(page.status()).as(list[1]).isEqualTo(200);
			assertThat(jdbc.sql("""
					select count(*) from access.audit_event
					where id > :before and username = :u and action = :a and shown_crns is not null
					""").param("before", before).param("u", list[0]).param("a", list[2]).query(Integer.class).single())
				.as("%s records the cases it showed", list[1])
				.isPositive();
			// and a CRN it shows is among them
			Matcher shown = CRN.matcher(page.body());
			if (shown.find()) {
				assertThat(jdbc.sql("""
						select count(*) from access.audit_event
						where id > :before and username = :u and shown_crns @> array[:crn::text]
						""")
					.param("before", before)
					.param("u", list[0])
					.param("crn", shown.group())
					.query(Integer.class)
					.single()).as("%s records %s", list[1], shown.group()).isPositive();
			}
		}
	}

	@Test
	void anOfficersDiaryKeepsAHiddenCasesSlotWithoutItsNameOrCrn() {
		record Slot(long personId, java.time.LocalDate on) {
		}
		Slot slot = jdbc.sql("""
				select c.person_id, c.starts_at::date from contacts.contact c
				join people.person p on p.id = c.person_id and not p.restricted
				join access.app_user u on u.staff_id = c.staff_id and u.username = 'practitioner'
				where not exists (select 1 from access.case_restriction x where x.person_id = p.id)
				order by c.starts_at desc limit 1
				""").query((rs, n) -> new Slot(rs.getLong(1), rs.getObject(2, java.time.LocalDate.class))).single();
		Person person = person("where p.id = " + slot.personId());
		TestHttp practitioner = TestHttp.signedIn(port, "practitioner");
		String path = "/diary?view=day&date=" + slot.on();
		assertThat(practitioner.page(path).body()).contains(person.crn());
		restrict(person);
		String diary = practitioner.page(path).body();
		leftOut(diary, person, "diary");
		assertThat(diary).contains("Restricted case");
	}

	@Test
	void aUserWhoReadsOneProviderButHasNoneRecordedSeesNobody() {
		jdbc.sql("""
				insert into access.app_user (username, password_hash, display_name)
				select 'no-provider', password_hash, 'No provider' from access.app_user where username = 'quality'
				on conflict (username) do nothing
				""").update();
		jdbc.sql("""
				insert into access.user_role (user_id, role)
				select id, 'QUALITY' from access.app_user where username = 'no-provider' on conflict do nothing
				""").update();
		TestHttp.Response found = TestHttp.anonymous(port).get("/api/v1/people?q=a", "no-provider");
		assertThat(found.status()).as(found.body()).isEqualTo(200);
		assertThat(CRN.matcher(found.body()).find()).as(found.body()).isFalse();
		assertThat(TestHttp.anonymous(port).get("/api/v1/people?q=a", "quality").body()).containsPattern(CRN);
	}

}
