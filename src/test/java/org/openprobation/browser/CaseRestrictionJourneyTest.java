package org.openprobation.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.openprobation.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An administrator names a user excluded from a case, with the errors and the page
 * checked by axe.
 */
@IntegrationTest
class CaseRestrictionJourneyTest extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void anAdministratorExcludesAUserFromACase() {
		String crn = jdbc.sql("select crn from people.person order by id desc offset 3 limit 1")
			.query(String.class)
			.single()
			.trim();
		signIn("admin");
		follow(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Restricted and excluded access")));
		assertAccessible();
		page.locator("#crn").fill(crn);
		page.locator("#username").fill("nobody-like-this");
		follow(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")));
		PlaywrightAssertions.assertThat(page.locator(".govuk-error-summary")).containsText("There is no user");
		PlaywrightAssertions.assertThat(page.locator(".govuk-error-summary"))
			.containsText("Choose allowed or excluded");
		assertAccessible();
		page.locator("#username").fill("unpaidwork");
		page.locator("#kind-EXCLUDED").check();
		page.locator("#reason").fill("Related to the person");
		follow(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")));
		PlaywrightAssertions.assertThat(page.locator("#restrictions")).containsText(crn);
		assertAccessible();
		follow(page.locator("#restrictions button").first());
		PlaywrightAssertions.assertThat(page.locator("#no-restrictions")).isVisible();
	}

}
