package org.openprobation.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.openprobation.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class SafeguardingJourneyTest extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void aResponsibleOfficerRecordsTheAnswerToAnOutstandingCheck() {
		String crn = jdbc.sql("""
				select p.crn from assessment.safeguarding_check c join people.person p on p.id = c.person_id
				join people.responsible_officer ro on ro.person_id = p.id and ro.to_date is null
				join access.app_user u on u.staff_id = ro.staff_id and u.username = 'practitioner'
				where c.answered_on is null order by c.id desc limit 1
				""").query(String.class).single().trim();
		signIn("practitioner");
		visit("/cases/" + crn);
		follow(page.locator("#case-sections")
			.getByRole(AriaRole.LINK,
					new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Risk and needs")));
		assertAccessible();
		follow(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record the response")).first());
		assertAccessible();
		follow(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save response")));
		PlaywrightAssertions.assertThat(page.locator(".govuk-error-summary"))
			.containsText("Enter what the agency said");
		assertAccessible();
		page.getByLabel("What did the agency say?").fill("No previous involvement with the family");
		page.getByLabel("What did it change? (optional)").fill("Risk management plan reviewed");
		follow(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save response")));
		PlaywrightAssertions.assertThat(page.locator(".govuk-notification-banner")).containsText("response recorded");
		PlaywrightAssertions.assertThat(page.locator("#safeguarding + table"))
			.containsText("No previous involvement with the family");
		assertAccessible();
	}

	@Test
	void theManagerRecordsAChaserOnAnOverdueCheck() {
		String team = jdbc.sql("""
				select t.code from access.app_user u join organisation.staff s on s.id = u.staff_id
				join organisation.team t on t.id = s.team_id where u.username = 'manager'
				""").query(String.class).single();
		signIn("manager");
		visit("/teams/" + team + "/safeguarding");
		com.microsoft.playwright.Locator chase = page.getByRole(AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile("Record chaser.*")));
		int before = chase.count();
		org.assertj.core.api.Assertions.assertThat(before).as("overdue checks to chase in the demo team").isPositive();
		follow(chase.first());
		PlaywrightAssertions.assertThat(page.locator(".govuk-notification-banner")).containsText("chaser recorded");
		PlaywrightAssertions.assertThat(page.locator("main table")).containsText("Chased");
		org.assertj.core.api.Assertions.assertThat(chase.count()).isEqualTo(before - 1);
		assertAccessible();
	}

}
