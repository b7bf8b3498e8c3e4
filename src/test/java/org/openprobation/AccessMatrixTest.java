package org.openprobation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page and API resource that reads (found by reflection, so a new one cannot be
 * missed) called as every role: never a server error, the expected refusals for the
 * management and inspection areas, and every read of a person's case in the audit trail.
 */
@IntegrationTest
class AccessMatrixTest {

	static final List<String> USERS = List.of("practitioner", "manager", "area", "quality", "inspector", "admin",
			"unpaidwork");

	static final Set<String> MANAGERS = Set.of("manager", "area", "quality", "inspector", "admin");

	static final Set<String> INSPECTING = Set.of("area", "quality", "inspector", "admin");

	/** First match wins: which users may use the paths; everyone else gets 403. */
	static final Map<Pattern, Set<String>> RULES = rules();

	private static Map<Pattern, Set<String>> rules() {
		Map<Pattern, Set<String>> rules = new LinkedHashMap<>();
		rules.put(Pattern.compile("/audit.*"), Set.of("admin"));
		rules.put(Pattern.compile("/settings/case-restrictions"), Set.of("admin"));
		rules.put(Pattern.compile("/organisation/staff/import"), Set.of("admin"));
		rules.put(Pattern.compile("/organisation/units/[a-z]+/new"), Set.of("admin"));
		rules.put(Pattern.compile("(/api/v1/users|/settings/users).*"), Set.of("admin"));
		rules.put(Pattern.compile("/oversight/national"), Set.of("inspector", "admin"));
		rules.put(Pattern.compile("(/api/v1)?/oversight.*"), MANAGERS);
		rules.put(Pattern.compile("/inspections/new"), INSPECTING);
		rules.put(Pattern.compile("(/api/v1)?/inspections.*"), MANAGERS);
		return rules;
	}

	@Value("${local.server.port}")
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	JdbcClient jdbc;

	private List<String> readPatterns() {
		return Endpoints.reads(mappings);
	}

	private String one(String sql) {
		return jdbc.sql(sql).query(String.class).optional().map(String::trim).orElse("999999999");
	}

	/** Real values for every path variable, so the request reaches the code behind it. */
	private Map<String, String> values() {
		Map<String, String> values = new LinkedHashMap<>();
		// one with unpaid work, so that its unpaid work pages answer whatever other tests
		// did before
		String crn = one("""
				select p.crn from people.person p
				join people.responsible_officer ro on ro.person_id = p.id and ro.to_date is null
				join access.app_user u on u.staff_id = ro.staff_id and u.username = 'practitioner'
				where not p.restricted and exists (select 1 from sentences.sentence s
				    join sentences.requirement r on r.sentence_id = s.id
				    where s.person_id = p.id and s.status = 'ACTIVE' and r.kind = 'UNPAID_WORK' and r.status = 'ACTIVE')
				order by p.crn limit 1""");
		values.put("crn", crn);
		values.put("code", one("""
				select t.code from organisation.team t join organisation.staff s on s.team_id = t.id
				join access.app_user u on u.staff_id = s.id and u.username = 'manager'"""));
		values.put("staffCode", one("""
				select s.code from organisation.staff s join access.app_user u on u.staff_id = s.id
				where u.username = 'practitioner'"""));
		values.put("level", "teams");
		values.put("kind", "teams");
		values.put("username", "practitioner");
		values.put("metric", "plan-gaps");
		values.put("need", "ACCOMMODATION");
		values.put("item", "x");
		values.put("contactId", "999999999");
		values.put("alias", "999999999");
		values.put("version", "1");
		return values;
	}

	private String idFor(String full, String crn) {
		// the API's paths name the same records as the pages'
		String pattern = full.replaceFirst("^/api/v1", "");
		if (pattern.startsWith("/imports/") || pattern.startsWith("/settings/imports/")) {
			// a run nobody started: the administrator is told there is none
			return "00000000-0000-0000-0000-000000000000";
		}
		if (pattern.startsWith("/documents/")) {
			// the demo has no documents, and tests add them in any order: one nobody has
			return "999999999";
		}
		if (pattern.startsWith("/appointments/")) {
			return one("select c.id::text from contacts.contact c join people.person p on p.id = c.person_id "
					+ "where p.crn = '" + crn + "' order by c.id limit 1");
		}
		if (pattern.startsWith("/referrals/")) {
			return one("select id::text from interventions.referral order by id limit 1");
		}
		if (pattern.contains("/inspections/")) {
			// the demo's first self-inspection: the same whichever tests ran before (they
			// add inspections of their own)
			return one("select id::text from inspection.inspection where kind = 'SELF' order by id limit 1");
		}
		if (pattern.startsWith("/enforcement/")) {
			return one("select id::text from enforcement.action order by id limit 1");
		}
		if (pattern.startsWith("/interventions/")) {
			return one("select id::text from interventions.service order by id limit 1");
		}
		if (pattern.contains("/allocations/{id}")) {
			return one("""
					select a.id::text from allocation.awaiting_allocation a join organisation.team t on t.id = a.team_id
					join organisation.staff s on s.team_id = t.id join access.app_user u on u.staff_id = s.id
					where u.username = 'manager' and a.allocated_on is null order by a.id limit 1""");
		}
		if (pattern.startsWith("/transfers/")) {
			// the demo has no requests to the NPS: one (decided, so it changes nothing)
			// is
			// made for the matrix when no other test has made one
			jdbc.sql("""
					insert into allocation.transfer_request (person_id, from_provider_id, kind, reasons, requested_on,
					    requested_by, decision_due_on, decision, decision_reasons, decided_on, decided_by)
					select p.id, p.provider_id, 'ESCALATION', 'Access matrix', current_date, 'manager', current_date,
					       'REJECTED', 'Access matrix', current_date, 'area'
					from people.person p where p.crn = :crn
					and not exists (select 1 from allocation.transfer_request)
					""").param("crn", crn).update();
			return one("select id::text from allocation.transfer_request order by id limit 1");
		}
		if (pattern.startsWith("/unpaid-work/projects/")) {
			// a project of the unpaid work team's provider that has a weekly session
			return one(
					"""
							select p.id::text from unpaidwork.project p join access.app_user u on u.provider_id = p.provider_id
							where u.username = 'unpaidwork' and p.active
							and exists (select 1 from unpaidwork.weekly_session w where w.project_id = p.id) order by p.id limit 1""");
		}
		if (pattern.startsWith("/unpaid-work/sessions/")) {
			return one("select id::text from unpaidwork.session order by id desc limit 1");
		}
		return "999999999";
	}

	private String path(String pattern, Map<String, String> values) {
		String path = pattern.replaceAll("\\{level:[^}]+}", values.get("level"));
		if (path.startsWith("/organisation/staff/{code}")) {
			path = path.replace("{code}", values.get("staffCode"));
		}
		if (path.startsWith("/areas/{code}")) {
			path = path.replace("{code}", one("""
					select a.code from organisation.area a join access.app_user u on u.area_id = a.id
					where u.username = 'area'"""));
		}
		String id = idFor(pattern, values.get("crn"));
		for (Map.Entry<String, String> v : values.entrySet()) {
			path = path.replace("{" + v.getKey() + "}", v.getValue());
		}
		if (path.contains("{weeklyId}")) {
			path = path.replace("{weeklyId}", one("select id::text from unpaidwork.weekly_session where project_id = "
					+ (id.matches("\\d+") ? id : "0") + " order by id limit 1"));
		}
		return path.replace("{id}", id)
			.replace("{recommendation}", "999999999")
			.replace("{standard}", "2.1")
			.replace("{key}", "enforcement-timescales");
	}

	@Test
	void everyReadAsEveryRoleAnswersAsExpectedAndNeverWithAServerError() {
		Map<String, String> values = values();
		List<String> patterns = readPatterns();
		assertThat(patterns).hasSizeGreaterThan(80);
		Map<String, TestHttp> clients = new LinkedHashMap<>();
		USERS.forEach(u -> clients.put(u, TestHttp.signedIn(port, u)));
		for (String pattern : patterns) {
			String path = path(pattern, values);
			Set<String> allowed = RULES.entrySet()
				.stream()
				.filter(r -> r.getKey().matcher(path).matches())
				.map(Map.Entry::getValue)
				.findFirst()
				.orElse(null);
			for (String user : USERS) {
				TestHttp.Response response = path.startsWith("/api") ? TestHttp.anonymous(port).get(path, user)
						: clients.get(user).page(path);
				assertThat(response.status()).as("%s as %s: %s", path, user, response.body()).isLessThan(500);
				if (allowed != null) {
					if (allowed.contains(user)) {
						assertThat(response.status()).as("%s as %s", path, user).isIn(200, 302, 400, 404);
					}
					else {
						assertThat(response.status()).as("%s as %s", path, user).isEqualTo(403);
					}
				}
			}
		}
	}

	/**
	 * Issue 29: a page was titled "null". Every page answered names itself: a title, and
	 * no "null" in it.
	 */
	private static void titled(String path, String user, TestHttp.Response response) {
		String type = response.contentType();
		if (response.status() != 200 || type == null || !type.startsWith("text/html")) {
			return;
		}
		java.util.regex.Matcher title = java.util.regex.Pattern.compile("<title>([^<]*)</title>")
			.matcher(response.body());
		assertThat(title.find()).as("%s as %s has a title", path, user).isTrue();
		assertThat(title.group(1)).as("%s as %s", path, user)
			.doesNotContainIgnoringCase("null")
			.isNotEqualTo(" – OpenProbation");
	}

	/**
	 * The whole matrix, every read endpoint by every role and anonymous, against the
	 * expected answers kept in {@code access-matrix.csv}: A answered (shown, redirected
	 * on, or a 400 about the values given), N not found (404, never counted as allowed),
	 * R refused (403), S sent to sign in (a redirect to the sign-in page, or 401). A new
	 * endpoint, or an answer that changes, fails until the file says what is expected;
	 * {@code -DaccessMatrix.record=true} writes the answers seen, for review.
	 */
	@Test
	void everyReadAsEveryRoleAndAnonymousGivesTheExpectedAnswer() throws Exception {
		Map<String, String> values = values();
		Map<String, TestHttp> clients = new LinkedHashMap<>();
		USERS.forEach(u -> clients.put(u, TestHttp.signedIn(port, u)));
		TestHttp anonymous = TestHttp.anonymous(port);
		Map<String, String> actual = new java.util.TreeMap<>();
		for (String pattern : readPatterns()) {
			String path = path(pattern, values);
			StringBuilder row = new StringBuilder();
			for (String user : USERS) {
				TestHttp.Response response = fetch(path, user, clients.get(user), anonymous);
				row.append(',').append(answer(response));
				titled(path, user, response);
			}
			TestHttp.Response signedOut = fetch(path, null, anonymous, anonymous);
			row.append(',').append(answer(signedOut));
			actual.put(pattern, row.substring(1));
		}
		assertThat(actual).hasSizeGreaterThan(80);
		assertAsRecorded(actual, "access-matrix.csv");
	}

	/**
	 * The answers seen, by endpoint, against those kept in the file (under
	 * src/test/resources), which is policy written by hand: the test never writes it.
	 * {@code -DaccessMatrix.record=true} writes the answers seen beside it, as
	 * {@code <name>.proposed} (not kept in git), so a reviewer can compare the two and
	 * copy across only the lines they agree with; until then the build fails.
	 */
	private static void assertAsRecorded(Map<String, String> actual, String name) throws java.io.IOException {
		java.nio.file.Path file = java.nio.file.Path.of("src/test/resources", name);
		String header = "endpoint," + String.join(",", USERS) + ",anonymous";
		if (Boolean.getBoolean("accessMatrix.record")) {
			List<String> lines = new ArrayList<>(List.of(header));
			actual.forEach((endpoint, row) -> lines.add(endpoint + "," + row));
			java.nio.file.Files.write(java.nio.file.Path.of("target", name + ".proposed"), lines);
		}
		Map<String, String> expected = new java.util.TreeMap<>();
		List<String> lines = java.nio.file.Files.readAllLines(file);
		assertThat(lines.get(0)).isEqualTo(header);
		for (String line : lines.subList(1, lines.size())) {
			int comma = line.indexOf(',');
			expected.put(line.substring(0, comma), line.substring(comma + 1));
		}
		assertThat(actual).as("answers by endpoint (%s); a new endpoint needs its line in %s", header, file)
			.containsExactlyInAnyOrderEntriesOf(expected);
	}

	/**
	 * The API (and its description) with HTTP Basic, pages with the user's session; files
	 * (PDF, CSV) accepting anything, as a browser following a link does.
	 */
	private TestHttp.Response fetch(String path, String user, TestHttp session, TestHttp anonymous) {
		boolean api = path.startsWith("/api") || path.startsWith("/v3");
		if (path.endsWith(".pdf") || path.endsWith(".csv") || path.endsWith(".yaml")) {
			java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest
				.newBuilder(java.net.URI.create("http://localhost:" + port + path))
				.header("Accept", "*/*");
			if (api && user != null) {
				request.header("Authorization", "Basic " + java.util.Base64.getEncoder()
					.encodeToString((user + ":demo").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
			}
			return (api ? anonymous : session).send(request.GET().build());
		}
		if (api) {
			return anonymous.get(path, user);
		}
		return session.page(path);
	}

	private static String answer(TestHttp.Response response) {
		int status = response.status();
		if (status == 401 || (status == 302 && response.header("Location") != null
				&& response.header("Location").endsWith("/login"))) {
			return "S";
		}
		if (status == 403) {
			return "R";
		}
		if (status == 404) {
			// not found is not allowed: a line with N names a value the matrix could not
			// make real, to be reviewed
			return "N";
		}
		if (status == 200 || status == 302 || status == 400) {
			return "A";
		}
		return String.valueOf(status);
	}

	/**
	 * Every endpoint that changes something (found by reflection), by every role and
	 * anonymous, against the answers kept in {@code access-matrix-changes.csv}. Each call
	 * carries a valid CSRF token (pages) or HTTP Basic (API) and an empty request, so it
	 * reaches the code behind it and its checks but says nothing to change (a form whose
	 * fields may all be left empty, a plan agreement say, does change the case): R
	 * refused (403), S sent to sign in (a redirect to the sign-in page, or 401), V turned
	 * back as incomplete (400 or 422, so the role may make the change), N not found
	 * (404), C conflict (409), A answered (any other 2xx, or a redirect on). The case is
	 * one of the practitioner's own, so a practitioner's refusal is about the role, not
	 * the case.
	 */
	@Test
	void everyChangeAsEveryRoleAndAnonymousGivesTheExpectedAnswer() throws Exception {
		Map<String, String> values = values();
		values.put("crn", one("""
				select p.crn from people.person p
				join people.responsible_officer ro on ro.person_id = p.id and ro.to_date is null
				join access.app_user u on u.staff_id = ro.staff_id and u.username = 'practitioner'
				where not p.restricted order by p.id desc limit 1"""));
		values.put("step", "decide");
		// no account of that name: a change that reached an account (a password reset,
		// say) would change a demo sign-in the other tests use
		values.put("username", "no-such-account");
		values.put("action", "chase");
		Map<String, TestHttp> clients = new LinkedHashMap<>();
		USERS.forEach(u -> clients.put(u, TestHttp.signedIn(port, u)));
		Map<String, String> actual = new java.util.TreeMap<>();
		List<String> endpoints = changePatterns();
		assertThat(endpoints).hasSizeGreaterThan(60);
		for (String endpoint : endpoints) {
			String method = endpoint.substring(0, endpoint.indexOf(' '));
			String pattern = endpoint.substring(endpoint.indexOf(' ') + 1);
			String path = path(pattern, values);
			if (pattern.endsWith("/retire")) {
				// retiring is done with no form at all: a real service would be retired
				// for
				// the tests after
				path = path.replaceFirst("/\\d+/retire$", "/999999999/retire");
			}
			StringBuilder row = new StringBuilder();
			for (String user : USERS) {
				row.append(',').append(changeAnswer(change(method, path, user, clients.get(user))));
			}
			row.append(',').append(changeAnswer(change(method, path, null, TestHttp.browser(port))));
			actual.put(endpoint, row.substring(1));
		}
		assertAsRecorded(actual, "access-matrix-changes.csv");
	}

	private List<String> changePatterns() {
		return Endpoints.changes(mappings);
	}

	/**
	 * An empty change: to the API, with HTTP Basic as the user, JSON naming no field the
	 * API knows (so an API that takes every field as optional still changes nothing); to
	 * a page, a form with nothing but the CSRF token of the user's session (for
	 * anonymous, the token of the sign-in page, so the answer is about signing in, not
	 * the token).
	 */
	private TestHttp.Response change(String method, String path, String user, TestHttp session) {
		java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest
			.newBuilder(java.net.URI.create("http://localhost:" + port + path));
		if (path.startsWith("/api")) {
			request.header("Content-Type", "application/json").header("Accept", "application/json");
			if (user != null) {
				request.header("Authorization", "Basic " + java.util.Base64.getEncoder()
					.encodeToString((user + ":demo").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
			}
			return session.send(request
				.method(method, java.net.http.HttpRequest.BodyPublishers.ofString("{\"accessMatrix\":\"probe\"}"))
				.build());
		}
		String token = TestHttp.csrf(session.page(user == null ? "/login" : "/").body());
		request.header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html");
		return session
			.send(request.method(method, java.net.http.HttpRequest.BodyPublishers.ofString("_csrf=" + token)).build());
	}

	private static String changeAnswer(TestHttp.Response response) {
		int status = response.status();
		if (status == 401 || (status == 302 && response.header("Location").endsWith("/login"))) {
			return "S";
		}
		return switch (status) {
			case 403 -> "R";
			case 400, 422 -> "V";
			case 404 -> "N";
			case 409 -> "C";
			default -> status < 400 ? "A" : String.valueOf(status);
		};
	}

	@Test
	void everyReadOfACaseIsAudited() {
		Map<String, String> values = values();
		String crn = values.get("crn");
		TestHttp admin = TestHttp.signedIn(port, "admin");
		org.assertj.core.api.SoftAssertions soft = new org.assertj.core.api.SoftAssertions();
		int read = 0;
		for (String pattern : readPatterns()) {
			if (!pattern.contains("{crn}") || pattern.startsWith("/inspections/")) {
				continue;
			}
			String path = path(pattern, values);
			int before = audited(crn);
			TestHttp.Response response = path.startsWith("/api") ? TestHttp.anonymous(port).get(path, "admin")
					: admin.page(path);
			if (response.status() == 200) {
				read++;
				soft.assertThat(audited(crn)).as("a read of %s is audited", path).isGreaterThan(before);
			}
		}
		assertThat(read).isGreaterThan(15);
		soft.assertAll();
	}

	private int audited(String crn) {
		return jdbc.sql("select count(*) from access.audit_event where crn = :crn")
			.param("crn", crn)
			.query(Integer.class)
			.single();
	}

}
