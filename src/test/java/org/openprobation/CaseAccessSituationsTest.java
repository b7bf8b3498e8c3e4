package org.openprobation;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.assertj.core.api.SoftAssertions;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 24's access matrix by situation: every endpoint that names one case (by CRN in
 * the path or the body, or by the id of one of its records), found by reflection and
 * called with real ids, in each situation that must hide the case:
 * <ul>
 * <li><b>excluded</b>: every user named as excluded from the case;</li>
 * <li><b>restricted</b>: the case restricted to named users, none of them named;</li>
 * <li><b>other provider</b>: the case held by another provider, asked by the London users
 * who read only their own (inspectors and administrators read every provider by
 * design);</li>
 * <li><b>transferred</b>: the case transferred out, asked by an administrator: its record
 * is read, and nothing changes it.</li>
 * </ul>
 * The expected answers are this policy, written here by hand: 403 exactly (a 404 or a 400
 * is not a refusal), and no refusal names the person. Every page or file that lists
 * people is also read, as every user, with all the cases hidden at once: none may name
 * them. Each role and anonymous on a case they may see are {@link AccessMatrixTest}'s.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseAccessSituationsTest {

	static final List<String> USERS = AccessMatrixTest.USERS;

	static final List<String> ONE_PROVIDER_USERS = List.of("practitioner", "manager", "area", "quality", "unpaidwork");

	static final long OTHER_PROVIDER = 9002;

	/**
	 * GET pages that are forms for changing a case: a case transferred out refuses them,
	 * as it refuses the change itself.
	 */
	static final Set<String> CHANGE_FORMS = Set.of("/appointments/{id}/outcome", "/cases/{crn}/appointments/new",
			"/cases/{crn}/case-notes/new", "/cases/{crn}/documents/new", "/cases/{crn}/first-sanction",
			"/cases/{crn}/scoring-sex", "/cases/{crn}/enforcement/{contactId}/breach",
			"/cases/{crn}/enforcement/{contactId}/warning", "/cases/{crn}/escalation/new", "/cases/{crn}/needs/{need}",
			"/cases/{crn}/plan/agreement", "/cases/{crn}/plan/gaps/{item}", "/cases/{crn}/plan/objectives/new",
			"/cases/{crn}/plan/reviews/new", "/cases/{crn}/reallocate", "/cases/{crn}/rosh/countersignature",
			"/cases/{crn}/plan/countersignature", "/cases/{crn}/referrals/new", "/cases/{crn}/registrations/new",
			"/cases/{crn}/registrations/{id}/end", "/cases/{crn}/registrations/{id}/review", "/cases/{crn}/tasks/new",
			"/cases/{crn}/release/new", "/cases/{crn}/rosh/new", "/cases/{crn}/rsr/new",
			"/cases/{crn}/safeguarding/{id}/response", "/cases/{crn}/sentences/new", "/cases/{crn}/sentences/{id}/end",
			"/cases/{crn}/unpaid-work/proposal", "/cases/{crn}/sentences/{id}/requirements/new",
			"/cases/{crn}/requirements/{id}/change", "/cases/{crn}/subject-access", "/cases/{crn}/women-factors",
			"/api/v1/people/{crn}/reallocation", "/teams/{code}/allocations/{id}",
			"/api/v1/teams/{code}/allocations/{id}");

	/**
	 * Inspecting a case reads its record: a case transferred out after it was sampled is
	 * still inspected, so these are not refused for a transfer (they are for the other
	 * situations).
	 */
	static final Pattern INSPECTING = Pattern.compile("(/api/v1)?/inspections/\\{id}/cases/\\{crn}.*");

	@Value("${local.server.port}")
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	JdbcClient jdbc;

	record Person(long id, String crn, String forename, String surname) {

		List<String> names() {
			return List.of(forename + " " + surname, surname + ", " + forename);
		}

	}

	/** One request about one case. */
	record Call(String endpoint, String method, String path, Person person, @Nullable String crnInBody) {
	}

	enum Situation {

		EXCLUDED, RESTRICTED, OTHER_PROVIDER, TRANSFERRED

	}

	private final Map<String, Person> subjects = new LinkedHashMap<>();

	private final Map<String, String> ids = new LinkedHashMap<>();

	private final List<String> cleanUp = new ArrayList<>();

	private Person person(String from) {
		return jdbc.sql("select p.id, p.crn, p.forename, p.surname " + from + " limit 1")
			.query((rs, n) -> new Person(rs.getLong(1), rs.getString(2).trim(), rs.getString(3), rs.getString(4)))
			.single();
	}

	private Person personById(long id) {
		return person("from people.person p where p.id = " + id);
	}

	private long one(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	private String teamOf(String username) {
		return jdbc.sql("""
				select t.code from organisation.team t join organisation.staff s on s.team_id = t.id
				join access.app_user u on u.staff_id = s.id where u.username = :u
				""").param("u", username).query(String.class).single().trim();
	}

	/** Open to London, nobody named on it, not transferred. */
	private static final String PLAIN = """
			not p.restricted and p.transferred_out_on is null
			and not exists (select 1 from access.case_restriction x where x.person_id = p.id)""";

	@BeforeAll
	void realCasesAndTheirRecords() {
		jdbc.sql("""
				insert into organisation.provider (id, code, name, type)
				values (:id, 'TST2', 'Test provider', 'NPS_DIVISION') on conflict do nothing
				""").param("id", OTHER_PROVIDER).update();
		String team = teamOf("manager");
		ids.put("team", team);
		Person held = person("""
				from people.person p
				join people.responsible_officer ro on ro.person_id = p.id and ro.to_date is null
				join access.app_user u on u.staff_id = ro.staff_id and u.username = 'practitioner'
				where %s
				  and exists (select 1 from sentences.sentence s where s.person_id = p.id and s.status = 'ACTIVE')
				  and exists (select 1 from contacts.contact c where c.person_id = p.id and c.outcome is null)
				order by p.crn""".formatted(PLAIN));
		// the demo's names repeat: a name only this person has makes "no list names them"
		// a
		// check of the name as well as the CRN (put back afterwards)
		jdbc.sql("update people.person set forename = 'Zebedee', surname = 'Quillfeather-Matrix' where id = :p")
			.param("p", held.id())
			.update();
		cleanUp.add("update people.person set forename = '%s', surname = '%s' where id = %d"
			.formatted(held.forename().replace("'", "''"), held.surname().replace("'", "''"), held.id()));
		held = personById(held.id());
		subjects.put("case", held);
		ids.put("sentence", String.valueOf(one("select id from sentences.sentence where person_id = " + held.id()
				+ " and status = 'ACTIVE' order by id limit 1")));
		ids.put("contact", String.valueOf(one("select id from contacts.contact where person_id = " + held.id()
				+ " and outcome is null order by id limit 1")));
		// a requirement of the case, for the reads of one (added, and removed afterwards)
		long requirement = one("""
				insert into sentences.requirement (sentence_id, kind, unit, status, start_date, end_date)
				select s.id, 'RESIDENCE', 'NONE', 'ACTIVE', s.start_date, s.expected_end_date
				from sentences.sentence s where s.id = %s returning id""".formatted(ids.get("sentence")));
		cleanUp.add("delete from sentences.requirement where id = " + requirement);
		ids.put("requirement", String.valueOf(requirement));
		long registration = one("""
				insert into assessment.registration (person_id, type, start_date, next_review_date, added_by)
				values (%d, 'DOMESTIC_ABUSE_PERPETRATOR', current_date - 30, current_date + 60, 'test') returning id
				""".formatted(held.id()));
		cleanUp.add("delete from assessment.registration where id = " + registration);
		ids.put("registration", String.valueOf(registration));
		long check = one(
				"""
						insert into assessment.safeguarding_check (person_id, kind, agency, reason, sent_on, due_on, requested_by)
						values (%d, 'POLICE_DOMESTIC_ABUSE', 'Metropolitan Police', 'Access matrix', current_date - 3,
						        current_date + 7, 'test') returning id
						"""
					.formatted(held.id()));
		cleanUp.add("delete from assessment.safeguarding_check where id = " + check);
		ids.put("safeguarding", String.valueOf(check));
		long transfer = one("""
				insert into allocation.transfer_request (person_id, from_provider_id, kind, reasons, requested_on,
				    requested_by, decision_due_on)
				select id, provider_id, 'ESCALATION', 'Access matrix', current_date, 'manager', current_date + 5
				from people.person where id = %d returning id
				""".formatted(held.id()));
		cleanUp.add("delete from allocation.transfer_request where id = " + transfer);
		ids.put("transfer", String.valueOf(transfer));
		long message = one("""
				insert into unpaidwork.message (provider_id, person_id, channel, from_who, body, received_at, logged_by)
				select provider_id, id, 'CALL', 'Access matrix', 'About a session', now(), 'test'
				from people.person where id = %d returning id
				""".formatted(held.id()));
		cleanUp.add("delete from unpaidwork.message where id = " + message);
		ids.put("message", String.valueOf(message));
		long document = one("""
				insert into documents.document (person_id, kind, title, created_by, created_at)
				values (%d, 'OTHER', 'Access matrix', 'test', now()) returning id""".formatted(held.id()));
		jdbc.sql("""
				insert into documents.document_version (document_id, version, file_name, media_type, size_bytes,
				    sha256, content, uploaded_by, uploaded_at)
				values (:d, 1, 'matrix.pdf', 'application/pdf', 5, repeat('a', 64), '%PDF-'::bytea, 'test', now())""")
			.param("d", document)
			.update();
		cleanUp.add("delete from documents.document where id = " + document);
		ids.put("document", String.valueOf(document));
		long task = one("""
				insert into tasks.task (person_id, title, due_on, assigned_to, set_by, set_at)
				values (%d, 'Access matrix', current_date + 7, 'practitioner', 'practitioner', now()) returning id"""
			.formatted(held.id()));
		cleanUp.add("delete from tasks.task where id = " + task);
		ids.put("task", String.valueOf(task));

		record Waiting(long id, long personId) {
		}
		Waiting waiting = jdbc.sql("""
				select a.id, a.person_id from allocation.awaiting_allocation a
				join organisation.team t on t.id = a.team_id and t.code = :team
				join people.person p on p.id = a.person_id
				where a.allocated_on is null and %s order by a.id limit 1""".formatted(PLAIN))
			.param("team", team)
			.query((rs, n) -> new Waiting(rs.getLong(1), rs.getLong(2)))
			.single();
		subjects.put("waiting", personById(waiting.personId()));
		ids.put("waiting", String.valueOf(waiting.id()));

		long referral = one("select r.id from interventions.referral r join people.person p on p.id = r.person_id "
				+ "where " + PLAIN + " order by r.id limit 1");
		subjects.put("referral",
				personById(one("select person_id from interventions.referral where id = " + referral)));
		ids.put("referral", String.valueOf(referral));
		long action = one("select a.id from enforcement.action a join people.person p on p.id = a.person_id " + "where "
				+ PLAIN + " order by a.id limit 1");
		subjects.put("enforcement", personById(one("select person_id from enforcement.action where id = " + action)));
		ids.put("action", String.valueOf(action));

		long inspection = one("select id from inspection.inspection where kind = 'SELF' order by id limit 1");
		ids.put("inspection", String.valueOf(inspection));
		subjects.put("inspected", person("from inspection.sample_case s join people.person p on p.id = s.person_id "
				+ "where s.inspection_id = " + inspection + " and not s.reserve and " + PLAIN + " order by s.pick"));

		Person unpaid = person("""
				from people.person p
				join sentences.sentence s on s.person_id = p.id and s.status = 'ACTIVE'
				join sentences.requirement r on r.sentence_id = s.id and r.kind = 'UNPAID_WORK' and r.status = 'ACTIVE'
				join unpaidwork.induction ind on ind.requirement_id = r.id
				where %s and r.end_date > current_date + 60 order by p.crn offset 3""".formatted(PLAIN));
		subjects.put("unpaid work", unpaid);
		long availability = one("""
				insert into unpaidwork.availability (person_id, day_of_week, from_time, to_time, reason, recorded_by)
				values (%d, 3, '09:00', '12:00', 'CARING', 'test') returning id""".formatted(unpaid.id()));
		cleanUp.add("delete from unpaidwork.availability where id = " + availability);
		ids.put("availability", String.valueOf(availability));
		record Booked(long sessionId, long personId) {
		}
		Booked booked = jdbc.sql("""
				select b.session_id, b.person_id from unpaidwork.booking b join people.person p on p.id = b.person_id
				where b.status = 'BOOKED' and %s order by b.session_id desc limit 1""".formatted(PLAIN))
			.query((rs, n) -> new Booked(rs.getLong(1), rs.getLong(2)))
			.single();
		subjects.put("booked", personById(booked.personId()));
		ids.put("register", String.valueOf(booked.sessionId()));
		ids.put("session", String.valueOf(one("""
				select s.id from unpaidwork.session s join unpaidwork.project j on j.id = s.project_id
				where s.starts_at > now() + interval '2 days' and s.cancelled_reason is null
				  and not j.women_only and not j.involves_children
				order by s.starts_at, s.id limit 1""")));
	}

	@AfterAll
	void removeWhatWasAdded() {
		cleanUp.forEach(sql -> jdbc.sql(sql).update());
		jdbc.sql("delete from organisation.provider where id = :id").param("id", OTHER_PROVIDER).update();
	}

	/**
	 * The request an endpoint makes about one case, with its real ids; null for an
	 * endpoint that names no single case (a list, a setting, an inspection as a whole).
	 */
	private @Nullable Call call(String method, String pattern) {
		Person held = subjects.get("case");
		Person person;
		String path = pattern.replace("{need}", "ACCOMMODATION")
			.replace("{item}", "x")
			.replace("{step}", "decide")
			.replace("{action}", "chase");
		String crnInBody = null;
		if (pattern.matches("(/api/v1)?/teams/\\{code}/allocations/\\{id}")) {
			person = subjects.get("waiting");
			path = path.replace("{code}", ids.get("team")).replace("{id}", ids.get("waiting"));
		}
		else if (pattern.matches("(/api/v1)?/transfers/\\{id}.*")) {
			person = held;
			path = path.replace("{id}", ids.get("transfer"));
		}
		else if (pattern.matches("(/api/v1)?/appointments/\\{id}/outcome")) {
			person = held;
			path = path.replace("{id}", ids.get("contact"));
		}
		else if (pattern.matches("(/api/v1)?/referrals/\\{id}.*")) {
			person = subjects.get("referral");
			path = path.replace("{id}", ids.get("referral"));
		}
		else if (pattern.matches("(/api/v1)?/enforcement/\\{id}.*")) {
			person = subjects.get("enforcement");
			path = path.replace("{id}", ids.get("action"));
		}
		else if (pattern.equals("/unpaid-work/messages/{id}/answer")) {
			person = held;
			path = path.replace("{id}", ids.get("message"));
		}
		else if (pattern.matches("(/api/v1)?/unpaid-work/sessions/\\{id}/(bookings|waiting-list|attendance)")) {
			person = subjects.get("unpaid work");
			crnInBody = person.crn();
			path = path.replace("{id}", ids.get("session"));
		}
		else if (pattern.matches("(/api/v1)?/inspections/\\{id}/cases/\\{crn}.*")) {
			person = subjects.get("inspected");
			path = path.replace("{id}", ids.get("inspection"));
		}
		else if (pattern.contains("/unpaid-work/availability/{id}")) {
			person = subjects.get("unpaid work");
			path = path.replace("{id}", ids.get("availability"));
		}
		else if (pattern.startsWith("/teams/{code}/safeguarding/{crn}/{id}")
				|| pattern.startsWith("/cases/{crn}/safeguarding/{id}")) {
			person = held;
			path = path.replace("{code}", ids.get("team")).replace("{id}", ids.get("safeguarding"));
		}
		else if (pattern.startsWith("/cases/{crn}/registrations/{id}")) {
			person = held;
			path = path.replace("{id}", ids.get("registration"));
		}
		else if (pattern.matches("(/api/v1)?/documents/\\{id}.*")) {
			person = held;
			path = path.replace("{id}", ids.get("document")).replace("{version}", "1");
		}
		else if (pattern.matches("(/api/v1)?/tasks/\\{id}.*")) {
			person = held;
			path = path.replace("{id}", ids.get("task"));
		}
		else if (pattern.equals("/api/v1/people/{crn}/requirements/{id}")) {
			person = held;
			path = path.replace("{id}", ids.get("requirement"));
		}
		else if (pattern.contains("/rosh-assessments/{id}")
				|| pattern.matches("(/api/v1/people|/cases)/\\{crn}/requirements/\\{id}.*")) {
			// refused before the assessment is looked for
			person = held;
			path = path.replace("{id}", "999999999");
		}
		else if (pattern.matches("(/api/v1/people|/cases)/\\{crn}/sentences/\\{id}.*")) {
			person = held;
			path = path.replace("{id}", ids.get("sentence"));
		}
		else if (pattern.startsWith("/cases/{crn}/aliases/{alias}")) {
			// refused before the other name is looked for
			person = held;
			path = path.replace("{alias}", "999999999");
		}
		else if (pattern.startsWith("/cases/{crn}/enforcement/{contactId}")) {
			person = held;
			path = path.replace("{contactId}", ids.get("contact"));
		}
		else if (pattern.contains("{crn}")) {
			person = pattern.contains("unpaid-work") ? subjects.get("unpaid work") : held;
		}
		else {
			return null;
		}
		path = path.replace("{crn}", person.crn());
		assertThat(path).as("every variable of %s %s has a real value", method, pattern).doesNotContain("{");
		return new Call(method + " " + pattern, method, path, person, crnInBody);
	}

	private List<Call> caseCalls() {
		List<Call> calls = new ArrayList<>();
		for (String pattern : Endpoints.reads(mappings)) {
			Call call = call("GET", pattern);
			if (call != null) {
				calls.add(call);
			}
		}
		for (String endpoint : Endpoints.changes(mappings)) {
			int space = endpoint.indexOf(' ');
			Call call = call(endpoint.substring(0, space), endpoint.substring(space + 1));
			if (call != null) {
				calls.add(call);
			}
		}
		return calls;
	}

	private void put(Situation situation, Person person, Iterable<String> users) {
		switch (situation) {
			case EXCLUDED -> users.forEach(u -> jdbc.sql("""
					insert into access.case_restriction (person_id, username, kind, reason, added_by)
					values (:p, :u, 'EXCLUDED', 'Access matrix', 'test') on conflict do nothing
					""").param("p", person.id()).param("u", u).update());
			case RESTRICTED ->
				jdbc.sql("update people.person set restricted = true where id = :p").param("p", person.id()).update();
			case OTHER_PROVIDER -> jdbc.sql("update people.person set provider_id = :o where id = :p")
				.param("o", OTHER_PROVIDER)
				.param("p", person.id())
				.update();
			case TRANSFERRED -> jdbc.sql("""
					update people.person set transferred_out_on = current_date - 1, transferred_to = 'Test NPS'
					where id = :p""").param("p", person.id()).update();
		}
	}

	private void takeBack(Situation situation, Person person) {
		switch (situation) {
			case EXCLUDED ->
				jdbc.sql("delete from access.case_restriction where person_id = :p and reason = 'Access matrix'")
					.param("p", person.id())
					.update();
			case RESTRICTED ->
				jdbc.sql("update people.person set restricted = false where id = :p").param("p", person.id()).update();
			case OTHER_PROVIDER -> jdbc
				.sql("""
						update people.person p set provider_id = (select a.provider_id from organisation.area a
						    join organisation.borough b on b.area_id = a.id join organisation.office o on o.borough_id = b.id
						    join organisation.staff s on s.office_id = o.id join access.app_user u on u.staff_id = s.id
						    where u.username = 'practitioner')
						where id = :p""")
				.param("p", person.id())
				.update();
			case TRANSFERRED ->
				jdbc.sql("update people.person set transferred_out_on = null, transferred_to = null where id = :p")
					.param("p", person.id())
					.update();
		}
	}

	private TestHttp.Response send(Call call, String user, Map<String, TestHttp> sessions) {
		boolean api = call.path().startsWith("/api");
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + call.path()));
		if (api) {
			request.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
		}
		TestHttp session = api ? TestHttp.anonymous(port) : sessions.get(user);
		if (call.method().equals("GET")) {
			return fetch(call.path(), user, sessions);
		}
		String body;
		if (api) {
			request.header("Content-Type", "application/json").header("Accept", "application/json");
			body = call.crnInBody() == null ? "{\"accessMatrix\":\"probe\"}" : "{\"crn\":\"" + call.crnInBody() + "\"}";
		}
		else {
			request.header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html");
			body = "_csrf=" + TestHttp.csrf(session.page("/").body())
					+ (call.crnInBody() == null ? "" : "&crn=" + call.crnInBody());
		}
		return session.send(request.method(call.method(), HttpRequest.BodyPublishers.ofString(body)).build());
	}

	private Map<String, TestHttp> sessions() {
		Map<String, TestHttp> sessions = new LinkedHashMap<>();
		USERS.forEach(u -> sessions.put(u, TestHttp.signedIn(port, u)));
		return sessions;
	}

	/** What a case endpoint must answer in a situation, by the policy above. */
	/**
	 * A referral sent to a service of the users' provider about a case the NPS now holds:
	 * its probation staff open and answer the referral (ADR 27), nothing else of the
	 * case.
	 */
	private static final java.util.regex.Pattern REFERRAL_ANSWERED = java.util.regex.Pattern
		.compile("^(GET /referrals/\\{id}|POST /referrals/\\{id}/status|PUT /api/v1/referrals/\\{id}/status)$");

	private static int expected(Call call, Situation situation, String user) {
		if (situation == Situation.OTHER_PROVIDER && REFERRAL_ANSWERED.matcher(call.endpoint()).matches()
				&& List.of("practitioner", "manager", "area").contains(user)) {
			return -1;
		}
		if (situation != Situation.TRANSFERRED) {
			return 403;
		}
		String pattern = call.endpoint().substring(call.endpoint().indexOf(' ') + 1);
		if (INSPECTING.matcher(pattern).matches()) {
			return -1;
		}
		boolean changes = !call.method().equals("GET") || CHANGE_FORMS.contains(pattern);
		return changes ? 403 : 200;
	}

	@Test
	void everyEndpointAboutOneCaseRefusesItInEverySituationThatHidesItAndNamesNobody() {
		List<Call> calls = caseCalls();
		assertThat(calls).as("endpoints about one case").hasSizeGreaterThan(90);
		Map<String, TestHttp> sessions = sessions();
		SoftAssertions soft = new SoftAssertions();
		int requests = 0;
		for (Situation situation : Situation.values()) {
			List<String> users = switch (situation) {
				case EXCLUDED, RESTRICTED -> USERS;
				case OTHER_PROVIDER -> ONE_PROVIDER_USERS;
				case TRANSFERRED -> List.of("admin");
			};
			for (Call call : calls) {
				put(situation, call.person(), users);
				try {
					for (String user : users) {
						TestHttp.Response response = send(call, user, sessions);
						requests++;
						int wanted = expected(call, situation, user);
						String what = situation + ", " + user + ": " + call.endpoint() + " (" + call.path() + ")";
						if (wanted == -1) {
							soft.assertThat(response.status()).as(what).isNotEqualTo(403).isLessThan(500);
						}
						else {
							soft.assertThat(response.status()).as(what).isEqualTo(wanted);
						}
						if (response.status() == 403) {
							for (String name : call.person().names()) {
								soft.assertThat(response.body())
									.as("the refusal names nobody: " + what)
									.doesNotContain(name);
							}
						}
					}
				}
				finally {
					takeBack(situation, call.person());
				}
			}
		}
		System.out.printf("Case access by situation: %d endpoints about one case x 4 situations, %d requests%n",
				calls.size(), requests);
		soft.assertAll();
	}

	@Test
	void everyPageAndFileThatListsPeopleLeavesOutTheCasesHiddenFromTheReader() {
		Set<Person> hidden = new LinkedHashSet<>(subjects.values());
		List<String> lists = new ArrayList<>();
		for (String pattern : Endpoints.reads(mappings)) {
			if (call("GET", pattern) == null) {
				lists.add(pattern);
			}
		}
		Set<Person> uniquelyNamed = new LinkedHashSet<>();
		for (Person person : hidden) {
			if (jdbc.sql("select count(*) from people.person where forename = :f and surname = :s")
				.param("f", person.forename())
				.param("s", person.surname())
				.query(Integer.class)
				.single() == 1) {
				uniquelyNamed.add(person);
			}
		}
		assertThat(uniquelyNamed).as("some of the hidden people have a name nobody else has").isNotEmpty();
		Map<String, TestHttp> sessions = sessions();
		Map<String, String> paths = new LinkedHashMap<>();
		lists.forEach(pattern -> paths.put(pattern, listPath(pattern)));
		// first as they are, to know which lists show these people at all
		Set<String> showing = new LinkedHashSet<>();
		for (String user : USERS) {
			for (Map.Entry<String, String> list : paths.entrySet()) {
				String body = fetch(list.getValue(), user, sessions).body();
				if (hidden.stream().anyMatch(p -> body.contains(p.crn()))) {
					showing.add(list.getKey());
				}
			}
		}
		assertThat(showing).as("lists that name these people when nothing hides them").hasSizeGreaterThan(8);
		SoftAssertions soft = new SoftAssertions();
		hidden.forEach(p -> put(Situation.EXCLUDED, p, USERS));
		try {
			for (String user : USERS) {
				for (Map.Entry<String, String> list : paths.entrySet()) {
					TestHttp.Response response = fetch(list.getValue(), user, sessions);
					soft.assertThat(response.status()).as(user + ": " + list.getValue()).isLessThan(500);
					for (Person person : hidden) {
						soft.assertThat(response.body())
							.as("%s as %s names a case hidden from them", list.getValue(), user)
							.doesNotContain(person.crn());
						// a name another person shares proves nothing in a list of many
						for (String name : uniquelyNamed.contains(person) ? person.names() : List.<String>of()) {
							soft.assertThat(response.body())
								.as("%s as %s names a case hidden from them", list.getValue(), user)
								.doesNotContain(name);
						}
					}
				}
			}
		}
		finally {
			hidden.forEach(p -> takeBack(Situation.EXCLUDED, p));
		}
		System.out.printf("Lists by situation: %d lists x %d users; %d name these people when nothing hides them: %s%n",
				paths.size(), USERS.size(), showing.size(), showing);
		soft.assertAll();
	}

	private String listPath(String pattern) {
		String manager = ids.get("team");
		String area = jdbc.sql("""
				select a.code from organisation.area a join access.app_user u on u.area_id = a.id
				where u.username = 'area'""").query(String.class).single().trim();
		String staff = jdbc.sql("""
				select s.code from organisation.staff s join access.app_user u on u.staff_id = s.id
				where u.username = 'practitioner'""").query(String.class).single().trim();
		String path = pattern.replaceAll("\\{level:[^}]+}", "teams");
		if (path.startsWith("/areas/{code}")) {
			path = path.replace("{code}", area);
		}
		if (path.startsWith("/organisation/staff/{code}")) {
			path = path.replace("{code}", staff);
		}
		path = path.replace("{code}", manager)
			.replace("{kind}", "teams")
			.replace("{username}", "practitioner")
			.replace("{staffCode}", staff)
			.replace("{metric}", "plan-gaps")
			.replace("{recommendation}", "999999999")
			.replace("{standard}", "2.1")
			.replace("{key}", "enforcement-timescales");
		if (path.contains("/inspections/{id}")) {
			path = path.replace("{id}", ids.get("inspection"));
		}
		else if (path.startsWith("/unpaid-work/sessions/{id}")) {
			path = path.replace("{id}", ids.get("register"));
		}
		else if (path.contains("/imports/{id}")) {
			path = path.replace("{id}", "00000000-0000-0000-0000-000000000000");
		}
		else if (path.startsWith("/unpaid-work/projects/{id}")) {
			path = path.replace("{id}", String.valueOf(one("select id from unpaidwork.project order by id limit 1")));
		}
		else if (path.startsWith("/interventions/{id}")) {
			path = path.replace("{id}", String
				.valueOf(one("select service_id from interventions.referral where id = " + ids.get("referral"))));
		}
		return path.endsWith("/cases/plan-gaps") || path.endsWith("/cases/plan-gaps.csv") ? path + "?all=true" : path;
	}

	private TestHttp.Response fetch(String path, String user, Map<String, TestHttp> sessions) {
		boolean api = path.startsWith("/api") || path.startsWith("/v3");
		if (path.endsWith(".pdf") || path.contains(".csv") || path.endsWith(".yaml") || api) {
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("Accept", api && !path.contains(".") ? "application/json" : "*/*");
			if (api) {
				request.header("Authorization", "Basic "
						+ Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
			}
			return (api ? TestHttp.anonymous(port) : sessions.get(user)).send(request.GET().build());
		}
		return sessions.get(user).page(path);
	}

}
