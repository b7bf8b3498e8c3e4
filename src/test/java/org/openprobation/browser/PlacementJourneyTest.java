package org.openprobation.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.openprobation.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class PlacementJourneyTest extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void anOfficerRecordsWhenThePersonWorksAndBooksTheProposedPattern() {
		String crn = jdbc.sql("""
				select p.crn from people.person p
				join people.responsible_officer ro on ro.person_id = p.id and ro.to_date is null
				join access.app_user u on u.staff_id = ro.staff_id and u.username = 'practitioner'
				join sentences.sentence s on s.person_id = p.id and s.status = 'ACTIVE'
				join sentences.requirement r on r.sentence_id = s.id and r.kind = 'UNPAID_WORK' and r.status = 'ACTIVE'
				join unpaidwork.induction ind on ind.requirement_id = r.id
				join people.address a on a.person_id = p.id and a.to_date is null and a.borough_id is not null
				where r.end_date > current_date + 60 and coalesce(r.amount_ordered, 0) > r.amount_done + 20
				order by p.crn desc limit 1
				""").query(String.class).single().trim();
		signIn("practitioner");
		visit("/cases/" + crn + "/unpaid-work");
		follow(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add this time")));
		PlaywrightAssertions.assertThat(page.locator(".govuk-error-summary")).containsText("Select the day");
		assertAccessible();
		page.locator("#day").selectOption("2");
		page.locator("#from").fill("08:00");
		page.locator("#to").fill("18:00");
		page.locator("#reason").selectOption("CARING");
		follow(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add this time")));
		PlaywrightAssertions.assertThat(page.locator("#unavailable")).containsText("Tuesday");
		follow(page.locator("#propose"));
		PlaywrightAssertions.assertThat(page.locator("#need")).containsText("hours a week");
		assertAccessible();
		follow(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Book the selected sessions")));
		PlaywrightAssertions.assertThat(page.locator(".govuk-notification-banner")).containsText("booked");
		assertAccessible();

		context.clearCookies();
		signIn("unpaidwork");
		visit("/unpaid-work/plan");
		PlaywrightAssertions.assertThat(page.locator("#plan-summary")).containsText("Hours delivered");
		assertAccessible();
	}

}
