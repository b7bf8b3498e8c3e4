package org.openprobation.policy;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openprobation.IntegrationTest;
import org.openprobation.TestHttp;
import org.openprobation.access.CurrentUser;
import org.openprobation.access.Users;
import org.openprobation.enforcement.application.BreachTimelinessReport;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Policy values ({@code supervision.md}: "keep them as configuration a provider can
 * change (with the change audited)") are changed on the settings page by an area manager
 * or an administrator, with a reason and a history, and the rules that use them follow.
 */
@IntegrationTest
class PolicySettingsTest {

	private static final String ENFORCEMENT = "/settings/policies/enforcement-timescales";

	@LocalServerPort
	int port;

	@Autowired
	ProviderPolicies policies;

	@Autowired
	BreachTimelinessReport enforcement;

	@Autowired
	Users users;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void backToTheDefaults() {
		TestHttp area = TestHttp.signedIn(port, "area");
		for (Policy<?> policy : policies.all()) {
			String current = area.page("/settings/policies/" + policy.key()).body();
			if (current.contains("Changed from the policy defaults")) {
				StringBuilder form = new StringBuilder(
						"reason=" + TestHttp.encode("Back to the defaults after a test"));
				policy.fields()
					.forEach(f -> form.append("&values%5B")
						.append(f.name())
						.append("%5D=")
						.append(defaultOf(policy, f.name())));
				assertThat(area.postForm("/settings/policies/" + policy.key(), form.toString()).status())
					.isEqualTo(302);
			}
		}
	}

	private static <S> int defaultOf(Policy<S> policy, String field) {
		return policy.values(policy.defaults()).get(field);
	}

	@Test
	void theSettingsPageListsEveryPolicyWithItsDefaults() {
		TestHttp area = TestHttp.signedIn(port, "area");
		TestHttp.Response list = area.page("/settings/policies");
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.body()).contains("Enforcement timescales", "Safeguarding check timescales", "Home visits",
				"Unpaid work stand-down credit", "Initial assessment and plan", "Contact standard");
		TestHttp.Response page = area.page(ENFORCEMENT);
		assertThat(page.body()).contains("The policy defaults apply", "value=\"2\"", "value=\"10\"");
	}

	@Test
	void anAreaManagerChangesTheTimescalesWithAReasonAndTheRulesFollow() {
		long london = jdbc.sql("select provider_id from access.app_user where username = 'area'")
			.query(Long.class)
			.single();
		long audited = audits();
		TestHttp area = TestHttp.signedIn(port, "area");
		TestHttp.Response saved = area.postForm(ENFORCEMENT,
				"values%5BwarningWorkingDays%5D=3&values%5BbreachWorkingDays%5D=12&reason="
						+ TestHttp.encode("Court listings are slower this winter"));
		assertThat(saved.status()).isEqualTo(302);
		assertThat(audits()).isEqualTo(audited + 1);
		TestHttp.Response page = area.page(ENFORCEMENT);
		assertThat(page.body()).contains("Changed from the policy defaults", "Court listings are slower this winter",
				"value=\"12\"");
		assertThat(jdbc.sql("select changed_by from policy.setting where provider_id = :p order by id desc limit 1")
			.param("p", london)
			.query(String.class)
			.single()).isEqualTo("area");
		// the timeliness page judges submissions by the provider's breach timescale
		CurrentUser manager = users.find("area").orElseThrow();
		assertThat(enforcement.timeliness(manager).breachWorkingDays()).isEqualTo(12);
	}

	@Test
	void theWorkloadMeasurementIsTheProvidersAndTheTeamWorkloadFollowsIt() {
		TestHttp manager = TestHttp.signedIn(port, "manager");
		String team = manager.page("/team").header("Location").replaceAll(".*/teams/([^/]+)/caseload", "$1");
		String before = TestHttp.anonymous(port).get("/api/v1/teams/" + team + "/workload", "manager").body();
		assertThat(before).containsPattern("\"points\":[1-9]");
		Policy<?> workload = policies.all().stream().filter(p -> p.key().equals("workload")).findFirst().orElseThrow();
		// every case and report scores nothing; the full-time week and its points stay
		StringBuilder form = new StringBuilder("reason=" + TestHttp.encode("Counting afresh"));
		workload.fields()
			.forEach(f -> form.append("&values%5B")
				.append(f.name())
				.append("%5D=")
				.append(f.name().startsWith("fullTime") ? defaultOf(workload, f.name()) : 0));
		TestHttp area = TestHttp.signedIn(port, "area");
		assertThat(area.postForm("/settings/policies/workload", form.toString()).status()).isEqualTo(302);
		String after = TestHttp.anonymous(port).get("/api/v1/teams/" + team + "/workload", "manager").body();
		assertThat(after).doesNotContainPattern("\"points\":[1-9]").contains("\"points\":0");
		assertThat(area.page("/settings/policies/workload").body()).contains("Tier A3, community case",
				"Counting afresh");
	}

	@Test
	void badValuesAreRefusedNamingEachFieldAndWhatWasTypedIsKept() {
		long before = changes();
		TestHttp area = TestHttp.signedIn(port, "area");
		TestHttp.Response refused = area.postForm(ENFORCEMENT,
				"values%5BwarningWorkingDays%5D=soon&values%5BbreachWorkingDays%5D=99&reason=");
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body()).contains("govuk-error-summary", "href=\"#warningWorkingDays\"",
				"href=\"#breachWorkingDays\"", "href=\"#reason\"", "value=\"soon\"", "value=\"99\"",
				"must be from 1 to 30 working days");
		TestHttp.Response crossed = area.postForm(ENFORCEMENT,
				"values%5BwarningWorkingDays%5D=8&values%5BbreachWorkingDays%5D=5&reason=Test");
		assertThat(crossed.status()).isEqualTo(400);
		assertThat(crossed.body()).contains("A breach cannot be due sooner than a warning");
		assertThat(changes()).isEqualTo(before);
	}

	@Test
	void managersReadThePoliciesButOnlyAreaManagersAndAdministratorsChangeThem() {
		TestHttp manager = TestHttp.signedIn(port, "manager");
		TestHttp.Response page = manager.page(ENFORCEMENT);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).doesNotContain("Save the settings").contains("2 working days");
		assertThat(manager
			.postForm(ENFORCEMENT, "values%5BwarningWorkingDays%5D=3&values%5BbreachWorkingDays%5D=12&reason=Mine")
			.status()).isEqualTo(403);
		assertThat(TestHttp.signedIn(port, "practitioner").page("/settings/policies").status()).isEqualTo(403);
		assertThat(TestHttp.signedIn(port, "admin").page("/settings/policies/no-such-policy").status()).isEqualTo(404);
	}

	@Test
	void everyPolicysDefaultsAreWithinItsOwnRanges() {
		for (Policy<?> policy : policies.all()) {
			for (PolicyField field : policy.fields()) {
				int value = defaultOf(policy, field.name());
				assertThat(value).as(policy.key() + " " + field.name()).isBetween(field.min(), field.max());
			}
			assertThat(policy.key()).matches("[a-z][a-z-]+");
		}
		assertThat(policies.all()).extracting(Policy::key)
			.containsAll(List.of("enforcement-timescales", "safeguarding-timescales", "home-visits",
					"unpaid-work-credit", "initial-assessment", "workload"));
	}

	private long audits() {
		return jdbc.sql("select count(*) from access.audit_event where action = 'CHANGE_POLICY'")
			.query(Long.class)
			.single();
	}

	private long changes() {
		return jdbc.sql("select count(*) from policy.setting").query(Long.class).single();
	}

}
