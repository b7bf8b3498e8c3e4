package org.openprobation.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.openprobation.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ThingsToDoJourneyTest extends BrowserTest {

	@Test
	void thePractitionerAndTheirManagerSeeWhatTheRulesSayIsDue() {
		signIn("practitioner");
		follow(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Things to do").setExact(true)));
		PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Things to do");
		PlaywrightAssertions.assertThat(page.locator("#task-counts")).containsText("Outcome not recorded");
		PlaywrightAssertions.assertThat(page.locator("#task-counts")).containsText("Referral awaiting response");
		int rows = page.locator("#tasks tbody tr").count();
		assertThat(rows).isPositive().isLessThanOrEqualTo(50);
		// the count in the header is the length of the whole list, a page at a time
		String total = page.locator("#tasks caption").textContent().strip().replaceAll("^(\\d+) tasks?.*$", "$1");
		assertThat(Integer.parseInt(total)).isGreaterThanOrEqualTo(rows);
		// the header's count may be up to 30 seconds old (another test changed the
		// record): the page just listed refreshed it
		page.reload();
		PlaywrightAssertions.assertThat(page.locator("#navigation")).containsText("Things to do (" + total + ")");
		assertAccessible();
		follow(page.locator("#tasks tbody tr a").first());
		assertAccessible();

		context.clearCookies();
		signIn("manager");
		follow(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Things to do").setExact(true)));
		PlaywrightAssertions.assertThat(page.locator("h1")).containsText("Things to do:");
		PlaywrightAssertions.assertThat(page.locator("#tasks thead")).containsText("Officer");
		assertAccessible();
		// each officer's overdue tasks, and the list filtered to one officer's
		PlaywrightAssertions.assertThat(page.locator("#officers")).containsText("Overdue");
		follow(page.locator("#officers tbody tr a").first());
		PlaywrightAssertions.assertThat(page.locator("#clear-filters")).isVisible();
		assertAccessible();
	}

	@Test
	void theAdministratorSeesTheRemindersOutbox() {
		signIn("admin");
		follow(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Reminders outbox")));
		PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Reminders outbox");
		PlaywrightAssertions.assertThat(page.locator("#outbox-summary")).containsText("retried");
		assertAccessible();
	}

	@Test
	void theAdministratorSeesTheContactStandardAndABadChangeIsRefused() {
		signIn("admin");
		follow(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Contact standard")));
		PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Contact standard");
		assertThat(page.locator("#tierCIntervalDays").inputValue()).isEqualTo("14");
		assertAccessible();
		page.locator("#tierCIntervalDays").fill("60");
		follow(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the contact standard")));
		PlaywrightAssertions.assertThat(page.locator(".govuk-error-summary"))
			.containsText("no longer than the maximum gap");
		assertThat(page.locator("#tierCIntervalDays").inputValue()).isEqualTo("60");
		assertAccessible();
	}

	@Test
	void aPractitionerFindsInterventionsByNeedAndBorough() {
		signIn("practitioner");
		follow(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Interventions directory")));
		assertAccessible();
		page.locator("#need").selectOption("ALCOHOL");
		page.locator("#borough").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Camden"));
		follow(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")));
		PlaywrightAssertions.assertThat(page.locator("main table")).containsText("Alcohol brief intervention");
		assertThat(page.locator("main tbody tr").count()).isPositive();
		assertAccessible();
	}

}
