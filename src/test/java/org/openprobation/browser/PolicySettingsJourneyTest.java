package org.openprobation.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.openprobation.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class PolicySettingsJourneyTest extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void anAreaManagerChangesTheHomeVisitTimescaleAndPutsItBack() {
		signIn("area");
		visit("/");
		follow(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Policy settings")));
		assertAccessible();
		follow(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Home visits")));
		PlaywrightAssertions.assertThat(page.locator("#policy-source")).containsText("The policy defaults apply");
		assertAccessible();
		page.getByLabel("Home visit within").fill("forty");
		follow(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the settings")));
		PlaywrightAssertions.assertThat(page.locator(".govuk-error-summary"))
			.containsText("as a whole number of working days");
		PlaywrightAssertions.assertThat(page.locator(".govuk-error-summary"))
			.containsText("Enter the reason for the change");
		assertThat(page.getByLabel("Home visit within").inputValue()).isEqualTo("forty");
		assertAccessible();
		page.getByLabel("Home visit within").fill("7");
		page.getByLabel("Reason for the change").fill("Local safeguarding board asks for visits within a week");
		follow(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the settings")));
		PlaywrightAssertions.assertThat(page.locator(".govuk-notification-banner")).containsText("Home visits changed");
		PlaywrightAssertions.assertThat(page.locator("#changes")).containsText("Local safeguarding board");
		assertAccessible();
		// and back to the default, so the other tests see the specification's 10 days
		page.getByLabel("Home visit within").fill("10");
		page.getByLabel("Reason for the change").fill("Back to the default after the journey test");
		follow(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the settings")));
		PlaywrightAssertions.assertThat(page.locator("#changes")).containsText("Back to the default");
		assertThat(
				jdbc.sql("select numbers[1] from policy.setting where policy = 'home-visits' order by id desc limit 1")
					.query(Integer.class)
					.single())
			.isEqualTo(10);
	}

	@Test
	void theWorkloadTransferAndAssessmentPoliciesReadWellToThoseWhoChangeThem() {
		signIn("area");
		// other tests may have changed a policy and put it back: its page then shows the
		// history
		java.util.Map<String, String> titles = java.util.Map.of("workload", "Workload measurement", "nps-decision",
				"NPS decision on a transfer or escalation", "initial-assessment", "Initial assessment and plan");
		titles.forEach((key, title) -> {
			visit("/settings/policies/" + key);
			PlaywrightAssertions.assertThat(page.locator("h1")).hasText(title);
		});
		visit("/settings/policies/workload");
		assertThat(page.getByLabel("Tier A3, community case").inputValue()).isEqualTo("206");
		assertThat(page.getByLabel("Points a full-time practitioner carries").inputValue()).isEqualTo("2176");
		// the points by tier and kind are one table, a row per tier and a column per kind
		PlaywrightAssertions.assertThat(page.locator("#policy-grid caption"))
			.hasText("Points per case by tier and kind of case");
		PlaywrightAssertions.assertThat(page.locator("#policy-grid tbody tr")).hasCount(16);
		PlaywrightAssertions.assertThat(page.locator("#policy-grid thead th"))
			.hasText(new String[] { "Tier", "Community", "Licence", "Custody" });
		assertAccessible();
		page.getByLabel("Tier B2, licence case").fill("lots");
		page.getByLabel("Reason for the change").fill("Trying a new measure");
		follow(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the settings")));
		PlaywrightAssertions.assertThat(page.locator(".govuk-error-summary"))
			.containsText("Enter tier b2, licence case as a whole number of points");
		assertThat(page.getByLabel("Tier B2, licence case").inputValue()).isEqualTo("lots");
		assertThat(page.locator(".govuk-error-summary a[href='#licenceB2']").count()).isOne();
		assertAccessible();
	}

	@Test
	void aSeniorProbationOfficerReadsTheWorkloadMeasurement() {
		signIn("manager");
		visit("/settings/policies/workload");
		PlaywrightAssertions.assertThat(page.locator("#policy-values"))
			.containsText("Points a full-time practitioner carries");
		PlaywrightAssertions
			.assertThat(page.locator("#policy-grid tbody tr")
				.filter(new Locator.FilterOptions()
					.setHas(page.getByRole(AriaRole.ROWHEADER, new Page.GetByRoleOptions().setName("D1")))))
			.hasCount(1);
		assertAccessible();
	}

}
