package org.openprobation.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.openprobation.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Managers' oversight: a team's dashboard and the cases behind a number, an area's and
 * the provider's dashboards, equality monitoring, workforce information, self-inspection
 * and the national view, each page checked with axe.
 */
@IntegrationTest
class OversightJourneyTest extends BrowserTest {

	@Test
	void aManagerDrillsFromAFigureToTheCasesItCounts() {
		signIn("manager");
		follow(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Oversight")));
		PlaywrightAssertions.assertThat(page.locator("h1")).containsText("team");
		assertAccessible();
		var row = page.locator("tr[data-metric='PLAN_GAPS']");
		int count = Integer.parseInt(row.locator(".op-count").innerText().strip());
		assertThat(count).isPositive();
		follow(row.locator(".op-count"));
		PlaywrightAssertions.assertThat(page.locator("#case-count")).containsText(count + " cases");
		assertThat(page.locator("#cases tbody tr").count()).isEqualTo(Math.min(count, 50));
		assertAccessible();
		String csv = context.request().get(page.url().replaceAll("\\?.*", "") + ".csv").text();
		assertThat(csv.lines().count()).isEqualTo(count + 1L);
	}

	@Test
	void theQualityTeamReadsTheProviderEqualityWorkforceAndSelfInspection() {
		signIn("quality");
		follow(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Oversight")));
		PlaywrightAssertions.assertThat(page.locator("#children")).isVisible();
		assertAccessible();
		follow(page.locator("#children tbody tr a").first());
		PlaywrightAssertions.assertThat(page.locator("h1")).containsText("area");
		assertAccessible();
		follow(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Equality monitoring")));
		PlaywrightAssertions.assertThat(page.locator("#flagged")).containsText("significant difference");
		assertAccessible();
		page.goBack();
		follow(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Workforce information")));
		PlaywrightAssertions.assertThat(page.locator("#grades")).containsText("Probation officer");
		assertAccessible();
		visit("/inspections/self-inspection");
		PlaywrightAssertions.assertThat(page.locator("#projected")).containsText("2.1 Assessment");
		assertAccessible();
	}

	@Test
	void anInspectorComparesProviders() {
		signIn("inspector");
		visit("/oversight/national");
		PlaywrightAssertions.assertThat(page.locator("#national")).containsText("London");
		assertAccessible();
		follow(page.locator("#national tbody tr a").first());
		PlaywrightAssertions.assertThat(page.locator("h1")).containsText("London");
		assertAccessible();
	}

}
