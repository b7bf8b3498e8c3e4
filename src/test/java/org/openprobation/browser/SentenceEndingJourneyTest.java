package org.openprobation.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.openprobation.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class SentenceEndingJourneyTest extends BrowserTest {

	@org.springframework.beans.factory.annotation.Autowired
	java.time.Clock clock;

	@Autowired
	JdbcClient jdbc;

	@Test
	void thePractitionerEndsAnOrderEarlyAndTheManagerSeesTheCompletionRates() {
		String crn = jdbc.sql("""
				select p.crn from people.person p
				join people.responsible_officer ro on ro.person_id = p.id and ro.to_date is null
				join access.app_user u on u.staff_id = ro.staff_id and u.username = 'practitioner'
				where (select count(*) from sentences.sentence s where s.person_id = p.id and s.status = 'ACTIVE'
				       and s.kind = 'COMMUNITY_ORDER' and s.expected_end_date > current_date) = 1
				  and not exists (select 1 from sentences.sentence s where s.person_id = p.id and s.status = 'ACTIVE'
				                  and s.kind <> 'COMMUNITY_ORDER')
				order by p.crn offset 5 limit 1
				""").query(String.class).single().trim();
		java.time.LocalDate today = java.time.LocalDate.now(clock);
		signIn("practitioner");
		visit("/cases/" + crn + "/sentence");
		follow(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("End this sentence")).first());
		assertAccessible();
		follow(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("End the sentence")));
		PlaywrightAssertions.assertThat(page.locator(".govuk-error-summary"))
			.containsText("Select how the sentence ended");
		assertAccessible();
		page.locator("#outcome-TERMINATED_EARLY").check();
		page.locator("#on-day").fill(String.valueOf(today.getDayOfMonth()));
		page.locator("#on-month").fill(String.valueOf(today.getMonthValue()));
		page.locator("#on-year").fill(String.valueOf(today.getYear()));
		follow(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("End the sentence")));
		PlaywrightAssertions.assertThat(page.locator(".govuk-error-summary")).containsText("Enter the reason");
		assertThat(page.locator("#outcome-TERMINATED_EARLY").isChecked()).isTrue();
		page.locator("#reason")
			.fill("Court terminated the order for good progress on the probation officer's application");
		follow(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("End the sentence")));
		PlaywrightAssertions.assertThat(page.locator(".govuk-notification-banner")).containsText("terminated early");
		PlaywrightAssertions.assertThat(page.locator("main")).containsText("Terminated early for good progress");
		assertAccessible();

		context.clearCookies();
		signIn("manager");
		follow(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Completion rates")));
		PlaywrightAssertions.assertThat(page.locator("#completion-rates")).containsText("Community orders");
		assertAccessible();
		visit("/enforcement/timeliness");
		PlaywrightAssertions.assertThat(page.locator("#timeliness-total")).containsText("On time");
		assertAccessible();
	}

	@Test
	void anOutstandingWarrantIsShownAccessiblyOnTheCase() {
		String crn = jdbc.sql("""
				select p.crn from enforcement.action a join people.person p on p.id = a.person_id
				where a.warrant_issued_on is not null and a.warrant_executed_on is null order by p.crn limit 1
				""").query(String.class).single().trim();
		signIn("admin");
		visit("/cases/" + crn);
		PlaywrightAssertions.assertThat(page.locator("#warrant-banner")).containsText("Outstanding warrant since");
		assertAccessible();
		visit("/cases/" + crn + "/enforcement");
		PlaywrightAssertions.assertThat(page.locator("#warrant-banner")).isVisible();
		assertAccessible();
	}

}
