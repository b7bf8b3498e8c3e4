package org.openprobation.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.openprobation.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class UnpaidWorkManagerJourneyTest extends BrowserTest {

	@Test
	void theTeamLogsAndAnswersAMessageAndTheManagerSeesTheFigures() {
		signIn("unpaidwork");
		follow(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Unpaid work").setExact(true))
			.first());
		PlaywrightAssertions.assertThat(page.locator("h1")).containsText("Sessions on");
		assertAccessible();
		follow(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Messages to the unpaid work team")));
		assertAccessible();
		follow(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log the message")));
		PlaywrightAssertions.assertThat(page.locator(".govuk-error-summary"))
			.containsText("Select how the message came in");
		assertAccessible();
		page.locator("#channel").selectOption("CALL");
		page.locator("#fromWho").fill("Officer in Hackney");
		page.locator("#body").fill("Is the Saturday garden session still on?");
		follow(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log the message")));
		PlaywrightAssertions.assertThat(page.locator("main")).containsText("Is the Saturday garden session still on?");
		page.locator("[data-message]:has-text('Saturday garden') input[name=response]").fill("Yes, it runs as usual");
		follow(page.locator("[data-message]:has-text('Saturday garden') button"));
		PlaywrightAssertions.assertThat(page.locator(".govuk-notification-banner")).containsText("Answer recorded");
		assertAccessible();

		visit("/unpaid-work/projects");
		follow(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the project")));
		PlaywrightAssertions.assertThat(page.locator(".govuk-error-summary")).containsText("Enter the project's name");
		assertAccessible();

		visit("/unpaid-work/overview");
		PlaywrightAssertions.assertThat(page.locator("#headline")).containsText("Session places filled");
		assertThat(page.locator("#projects tbody tr").count()).isGreaterThan(100);
		assertAccessible();
	}

}
