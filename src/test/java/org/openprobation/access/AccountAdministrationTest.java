package org.openprobation.access;

import org.junit.jupiter.api.Test;
import org.openprobation.IntegrationTest;
import org.openprobation.TestHttp;
import org.openprobation.access.application.AccountAdministration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Accounts administered in the application (issue 26): created with a one-time password
 * that must be changed before anything else, edited with a version, disabled at once,
 * reset; every change audited.
 */
@IntegrationTest
@org.junit.jupiter.api.extension.ExtendWith(org.openprobation.RemovesAddedOrganisation.class)
class AccountAdministrationTest {

	@Value("${local.server.port}")
	int port;

	@Autowired
	JdbcClient jdbc;

	private String staffCode(String username) {
		return jdbc.sql("""
				select s.code from organisation.staff s join access.app_user u on u.staff_id = s.id
				where u.username = :u""").param("u", username).query(String.class).single();
	}

	private String providerCode(String staffCode) {
		return jdbc.sql("""
				select p.code from organisation.staff s join organisation.office o on o.id = s.office_id
				join organisation.borough b on b.id = o.borough_id join organisation.area a on a.id = b.area_id
				join organisation.provider p on p.id = a.provider_id where s.code = :c""")
			.param("c", staffCode)
			.query(String.class)
			.single();
	}

	/** A member of staff with no account yet, to link a new practitioner account to. */
	private String unlinkedOfficer() {
		return jdbc.sql("""
				select s.code from organisation.staff s
				where s.grade = 'PROBATION_OFFICER' and s.team_id is not null
				and not exists (select 1 from access.app_user u where u.staff_id = s.id)
				order by s.code desc limit 1""").query(String.class).single();
	}

	private JsonNode create(TestHttp api, String username, String staff) {
		TestHttp.Response created = api.postJson("/api/v1/users", "admin", """
				{"username": "%s", "name": "Pat Example", "email": "%s@example.org", "roles": ["PRACTITIONER"],
				 "providerCode": "%s", "staffCode": "%s"}""".formatted(username, username, providerCode(staff), staff));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		assertThat(created.header("Location")).endsWith("/api/v1/users/" + username);
		return created.json();
	}

	@Test
	void aNewAccountMustChangeItsOneTimePasswordBeforeAnythingElse() {
		TestHttp api = TestHttp.anonymous(port);
		String staff = unlinkedOfficer();
		JsonNode created = create(api, "pat.onetime", staff);
		assertThat(created.get("username").asString()).isEqualTo("pat.onetime");
		String oneTime = created.get("oneTimePassword").asString();
		assertThat(oneTime).hasSizeGreaterThanOrEqualTo(12);

		TestHttp.Response blocked = api.getWithPassword("/api/v1/people?q=a", "pat.onetime", oneTime);
		assertThat(blocked.status()).isEqualTo(403);
		assertThat(blocked.contentType()).startsWith("application/problem+json");
		assertThat(blocked.json().get("type").asString()).endsWith("password-change-required");

		// the checks, each named
		TestHttp.Response weak = api.sendJson("PUT", "/api/v1/users/me/password", "pat.onetime", oneTime,
				"{\"currentPassword\": \"%s\", \"newPassword\": \"qwerty123456\"}".formatted(oneTime));
		assertThat(weak.status()).isEqualTo(400);
		assertThat(weak.body()).contains("newPassword").contains("common");
		TestHttp.Response wrong = api.sendJson("PUT", "/api/v1/users/me/password", "pat.onetime", oneTime,
				"{\"currentPassword\": \"not-it\", \"newPassword\": \"a long enough passphrase\"}");
		assertThat(wrong.status()).isEqualTo(400);
		assertThat(wrong.body()).contains("currentPassword");
		TestHttp.Response same = api.sendJson("PUT", "/api/v1/users/me/password", "pat.onetime", oneTime,
				"{\"currentPassword\": \"%s\", \"newPassword\": \"Pat.Onetime\"}".formatted(oneTime));
		assertThat(same.status()).isEqualTo(400);

		TestHttp.Response changed = api.sendJson("PUT", "/api/v1/users/me/password", "pat.onetime", oneTime,
				"{\"currentPassword\": \"%s\", \"newPassword\": \"a long enough passphrase\"}".formatted(oneTime));
		assertThat(changed.status()).as(changed.body()).isEqualTo(204);
		assertThat(api.getWithPassword("/api/v1/people?q=a", "pat.onetime", "a long enough passphrase").status())
			.isEqualTo(200);
		// the one-time password stops working at once, though a sign-in is remembered for
		// a
		// minute
		assertThat(api.getWithPassword("/api/v1/people?q=a", "pat.onetime", oneTime).status()).isEqualTo(401);
		assertThat(audited("pat.onetime", AccountAdministration.CHANGE_OWN_PASSWORD)).isOne();
		assertThat(audited("admin", AccountAdministration.CREATE_USER)).isPositive();
		assertThat(jdbc
			.sql("select detail from access.audit_event where action = 'CHANGE_OWN_PASSWORD' "
					+ "and username = 'pat.onetime'")
			.query(String.class)
			.single()).doesNotContain("passphrase");
	}

	@Test
	void onPagesAOneTimePasswordLeadsToTheChangePasswordPageAndNowhereElse() {
		TestHttp api = TestHttp.anonymous(port);
		String oneTime = create(api, "pat.pages", unlinkedOfficer()).get("oneTimePassword").asString();
		TestHttp browser = TestHttp.signedIn(port, "pat.pages", oneTime);
		assertThat(browser.page("/caseload").header("Location")).endsWith("/account/password");
		TestHttp.Response page = browser.page("/account/password");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("one-time password");
		TestHttp.Response mismatch = browser.postFormFrom("/account/password", "/account/password", "currentPassword="
				+ TestHttp.encode(oneTime) + "&newPassword=another+fine+passphrase" + "&confirmPassword=different");
		assertThat(mismatch.status()).isEqualTo(400);
		assertThat(mismatch.body()).contains("govuk-error-summary").contains("same new password");
		TestHttp.Response changed = browser.postFormFrom("/account/password", "/account/password",
				"currentPassword=" + TestHttp.encode(oneTime) + "&newPassword=another+fine+passphrase"
						+ "&confirmPassword=another+fine+passphrase");
		assertThat(changed.status()).isEqualTo(302);
		// the same session carries on with the new password
		assertThat(browser.page("/caseload").status()).isEqualTo(200);
		assertThat(TestHttp.signedIn(port, "pat.pages", "another fine passphrase").page("/caseload").status())
			.isEqualTo(200);
	}

	@Test
	void anAdministratorReadsAndChangesAnAccountByVersionAndDisablingTakesEffectOnTheNextRequest() {
		TestHttp api = TestHttp.anonymous(port);
		String staff = unlinkedOfficer();
		String oneTime = create(api, "pat.disabled", staff).get("oneTimePassword").asString();
		api.sendJson("PUT", "/api/v1/users/me/password", "pat.disabled", oneTime,
				"{\"currentPassword\": \"%s\", \"newPassword\": \"my own passphrase here\"}".formatted(oneTime));
		TestHttp browser = TestHttp.signedIn(port, "pat.disabled", "my own passphrase here");
		assertThat(browser.page("/caseload").status()).isEqualTo(200);
		assertThat(api.getWithPassword("/api/v1/people?q=a", "pat.disabled", "my own passphrase here").status())
			.isEqualTo(200);

		JsonNode read = api.get("/api/v1/users/pat.disabled", "admin").json();
		assertThat(read.get("roles").toString()).contains("PRACTITIONER");
		assertThat(read.get("staffCode").asString()).isEqualTo(staff);
		assertThat(read.get("passwordChangeRequired").asBoolean()).isFalse();
		int version = read.get("version").asInt();

		TestHttp.Response stale = api.sendJson("PATCH", "/api/v1/users/pat.disabled", "admin", "demo",
				"{\"enabled\": false, \"version\": %d}".formatted(version + 5));
		assertThat(stale.status()).isEqualTo(409);
		TestHttp.Response noVersion = api.sendJson("PATCH", "/api/v1/users/pat.disabled", "admin", "demo",
				"{\"enabled\": false}");
		assertThat(noVersion.status()).isEqualTo(400);
		assertThat(noVersion.body()).contains("version");

		TestHttp.Response disabled = api.sendJson("PATCH", "/api/v1/users/pat.disabled", "admin", "demo",
				"{\"enabled\": false, \"version\": %d}".formatted(version));
		assertThat(disabled.status()).as(disabled.body()).isEqualTo(200);
		assertThat(disabled.json().get("enabled").asBoolean()).isFalse();
		assertThat(disabled.json().get("version").asInt()).isEqualTo(version + 1);
		// the very next request, page or API, even within the minute a sign-in is
		// remembered
		assertThat(browser.page("/caseload").header("Location")).endsWith("/login?ended");
		assertThat(api.getWithPassword("/api/v1/people?q=a", "pat.disabled", "my own passphrase here").status())
			.isEqualTo(401);
		assertThat(jdbc
			.sql("select detail from access.audit_event where action = 'UPDATE_USER' and detail like "
					+ "'%pat.disabled%'")
			.query(String.class)
			.single()).contains("disabled");
	}

	@Test
	void badAccountsAreRefusedFieldByFieldAndOnlyAdministratorsManageAccounts() {
		TestHttp api = TestHttp.anonymous(port);
		TestHttp.Response bad = api.postJson("/api/v1/users", "admin", """
				{"username": "x", "name": "", "email": "not-an-email", "roles": ["PRACTITIONER", "INSPECTOR"],
				 "providerCode": "NOPE"}""");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.body()).contains("\"username\"")
			.contains("\"name\"")
			.contains("\"email\"")
			.contains("\"providerCode\"");
		TestHttp.Response notARole = api.postJson("/api/v1/users", "admin", """
				{"username": "someone", "name": "A", "email": "a@example.org", "roles": ["WIZARD"]}""");
		assertThat(notARole.status()).isEqualTo(400);
		assertThat(notARole.body()).contains("roles");
		TestHttp.Response inspectorAndMore = api.postJson("/api/v1/users", "admin", """
				{"username": "inspector.two", "name": "I Two", "email": "i2@example.org",
				 "roles": ["INSPECTOR", "ADMIN"]}""");
		assertThat(inspectorAndMore.status()).isEqualTo(400);
		assertThat(inspectorAndMore.body()).contains("inspector holds no other role");
		TestHttp.Response practitionerWithoutStaff = api.postJson("/api/v1/users", "admin", """
				{"username": "nostaff", "name": "No Staff", "email": "nostaff@example.org",
				 "roles": ["PRACTITIONER"], "providerCode": "%s"}"""
			.formatted(providerCode(staffCode("practitioner"))));
		assertThat(practitionerWithoutStaff.status()).isEqualTo(400);
		assertThat(practitionerWithoutStaff.body()).contains("staffCode");
		TestHttp.Response taken = api.postJson("/api/v1/users", "admin", """
				{"username": "practitioner", "name": "P", "email": "p2@example.org", "roles": ["QUALITY"],
				 "providerCode": "%s"}""".formatted(providerCode(staffCode("practitioner"))));
		assertThat(taken.status()).isEqualTo(400);
		assertThat(taken.body()).contains("already exists");

		assertThat(api.postJson("/api/v1/users", "manager", "{}").status()).isEqualTo(403);
		assertThat(api.get("/api/v1/users/practitioner", "manager").status()).isEqualTo(403);
		assertThat(api.get("/api/v1/users/nobody-here", "admin").status()).isEqualTo(404);
		// an administrator does not lock themself out
		int version = api.get("/api/v1/users/admin", "admin").json().get("version").asInt();
		TestHttp.Response self = api.sendJson("PATCH", "/api/v1/users/admin", "admin", "demo",
				"{\"enabled\": false, \"version\": %d}".formatted(version));
		assertThat(self.status()).isEqualTo(400);
	}

	@Test
	void aResetGivesANewOneTimePasswordAndEndsTheOldSignIns() {
		TestHttp api = TestHttp.anonymous(port);
		String first = create(api, "pat.reset", unlinkedOfficer()).get("oneTimePassword").asString();
		TestHttp.Response reset = api.postJson("/api/v1/users/pat.reset/password-reset", "admin", "");
		assertThat(reset.status()).as(reset.body()).isEqualTo(200);
		String second = reset.json().get("oneTimePassword").asString();
		assertThat(second).isNotEqualTo(first);
		assertThat(api.getWithPassword("/api/v1/people?q=a", "pat.reset", first).status()).isEqualTo(401);
		assertThat(api.getWithPassword("/api/v1/people?q=a", "pat.reset", second).json().get("type").asString())
			.endsWith("password-change-required");
		assertThat(audited("admin", AccountAdministration.RESET_PASSWORD)).isPositive();
	}

	@Test
	void theUsersPagesListCreateAndEditWithTheErrorSummaryKeepingWhatWasTyped() {
		TestHttp admin = TestHttp.signedIn(port, "admin");
		TestHttp.Response list = admin.page("/settings/users?q=practitioner");
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.body()).contains("id=\"users\"").contains(">practitioner<");
		assertThat(admin.page("/settings/users?q=no-such-user-anywhere").body()).contains("No user matches");

		TestHttp.Response bad = admin.postFormFrom("/settings/users/new", "/settings/users",
				"username=pat.form&name=&email=pat.form%40example.org&roles=PRACTITIONER");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.body()).contains("govuk-error-summary")
			.contains("value=\"pat.form\"")
			.contains("value=\"pat.form@example.org\"");

		String staff = unlinkedOfficer();
		TestHttp.Response created = admin.postFormFrom("/settings/users/new", "/settings/users",
				"username=pat.form&name=Pat+Form&email=pat.form%40example.org&roles=PRACTITIONER&providerCode="
						+ providerCode(staff) + "&staffCode=" + staff);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		assertThat(created.body()).contains("id=\"one-time-password\"");

		TestHttp.Response edit = admin.page("/settings/users/pat.form");
		assertThat(edit.status()).isEqualTo(200);
		String version = edit.body().replaceAll("(?s).*name=\"version\" value=\"(\\d+)\".*", "$1");
		TestHttp.Response saved = admin.postFormFrom("/settings/users/pat.form", "/settings/users/pat.form",
				"version=" + version + "&name=Pat+Formby&email=pat.form%40example.org&roles=PRACTITIONER"
						+ "&roles=UNPAID_WORK&providerCode=" + providerCode(staff) + "&staffCode=" + staff
						+ "&enabled=yes");
		assertThat(saved.status()).as(saved.body()).isEqualTo(302);
		assertThat(admin.page("/settings/users/pat.form").body()).contains("Pat Formby")
			.contains("value=\"UNPAID_WORK\" checked");
		// the version read is stale now
		TestHttp.Response stale = admin.postFormFrom("/settings/users/pat.form", "/settings/users/pat.form",
				"version=" + version + "&name=Someone+Else&email=pat.form%40example.org&roles=PRACTITIONER"
						+ "&providerCode=" + providerCode(staff) + "&staffCode=" + staff + "&enabled=yes");
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.body()).contains("changed by someone else");
		assertThat(TestHttp.signedIn(port, "manager").page("/settings/users").status()).isEqualTo(403);
	}

	private long audited(String username, String action) {
		return jdbc.sql("select count(*) from access.audit_event where username = :u and action = :a")
			.param("u", username)
			.param("a", action)
			.query(Long.class)
			.single();
	}

}
