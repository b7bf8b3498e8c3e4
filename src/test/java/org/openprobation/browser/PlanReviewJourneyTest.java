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
class PlanReviewJourneyTest extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void thePractitionerRecordsThePersonsAgreementAndReviewsThePlan() {
		String crn = jdbc
			.sql("""
					select p.crn from people.person p
					join people.responsible_officer ro on ro.person_id = p.id and ro.to_date is null
					join access.app_user u on u.staff_id = ro.staff_id
					join planning.plan pl on pl.person_id = p.id
					where u.username = 'practitioner' and exists (select 1 from planning.objective o where o.plan_id = pl.id)
					  and not exists (select 1 from planning.review r where r.plan_id = pl.id)
					order by p.crn limit 1
					""")
			.query(String.class)
			.single()
			.trim();
		signIn("practitioner");
		visit("/cases/" + crn + "/plan");
		follow(page.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName("Record the person's view and agreement")));
		assertAccessible();
		page.getByLabel("In their own words").fill("");
		page.getByLabel("They agree with the plan").check();
		follow(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")));
		PlaywrightAssertions.assertThat(page.locator(".govuk-error-summary"))
			.containsText("Record what the person said about the plan");
		assertAccessible();
		page.getByLabel("In their own words").fill("I want to keep my job and stop drinking at weekends.");
		follow(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")));
		PlaywrightAssertions.assertThat(page.locator("#persons-words")).containsText("stop drinking at weekends");
		PlaywrightAssertions.assertThat(page.locator("#persons-words")).containsText("Agreed with the plan on");
		assertAccessible();

		follow(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Review the plan")));
		assertAccessible();
		page.getByLabel("Summary of the review").fill("Attending; first steps taken.");
		follow(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save review")));
		PlaywrightAssertions.assertThat(page.locator(".govuk-error-summary"))
			.containsText("Select why the plan is being reviewed");
		assertThat(page.getByLabel("Summary of the review").inputValue()).isEqualTo("Attending; first steps taken.");
		assertAccessible();
		page.locator("#trigger-SCHEDULED").check();
		page.locator("select[id^=status-]").first().selectOption("IN_PROGRESS");
		follow(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save review")));
		PlaywrightAssertions.assertThat(page.locator(".govuk-notification-banner")).containsText("Plan reviewed");
		PlaywrightAssertions.assertThat(page.locator("main")).containsText("Scheduled review");
		PlaywrightAssertions.assertThat(page.locator("main")).containsText("in progress");
		assertAccessible();
	}

	@Test
	void theManagerSeesTheTeamsPlanGapsAndOverdueReviews() {
		signIn("manager");
		follow(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Team caseload")).first());
		follow(page.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName("Oversight: plan gaps and overdue reviews")));
		PlaywrightAssertions.assertThat(page.locator("h1")).containsText("Oversight");
		assertAccessible();
		follow(page.locator("#concern-filters a").first());
		PlaywrightAssertions.assertThat(page.locator("main table")).containsText("is not in the plan");
		assertAccessible();
	}

}
