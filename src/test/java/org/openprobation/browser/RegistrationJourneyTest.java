package org.openprobation.browser;

import java.time.LocalDate;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.openprobation.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class RegistrationJourneyTest extends BrowserTest {

	@org.springframework.beans.factory.annotation.Autowired
	java.time.Clock clock;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aResponsibleOfficerAddsAndEndsARegistrationAndTheTierIsRecomputed() {
		String crn = jdbc.sql("""
				select p.crn from people.person p
				join people.responsible_officer ro on ro.person_id = p.id and ro.to_date is null
				join access.app_user u on u.staff_id = ro.staff_id
				where u.username = 'practitioner' and not exists (select 1 from assessment.registration r
				  where r.person_id = p.id and r.type = 'RISK_TO_STAFF' and r.ended_on is null)
				order by p.crn limit 1
				""").query(String.class).single().trim();
		long historyBefore = jdbc.sql(
				"select count(*) from assessment.tier_history h join people.person p on p.id = h.person_id where p.crn = :crn")
			.param("crn", crn)
			.query(Long.class)
			.single();
		signIn("practitioner");
		visit("/cases/" + crn + "/risk");
		follow(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a registration")));
		assertAccessible();

		follow(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add registration")));
		PlaywrightAssertions.assertThat(page.locator(".govuk-error-summary"))
			.containsText("Select the type of registration");
		PlaywrightAssertions.assertThat(page.locator(".govuk-error-summary")).containsText("Enter the start date");
		assertAccessible();

		LocalDate start = LocalDate.now(clock).minusDays(3);
		LocalDate review = start.plusMonths(6);
		page.getByLabel("Risk to staff").check();
		page.locator("#startDate-day").fill(String.valueOf(start.getDayOfMonth()));
		page.locator("#startDate-month").fill(String.valueOf(start.getMonthValue()));
		page.locator("#startDate-year").fill("20x6");
		page.locator("#nextReviewDate-day").fill(String.valueOf(review.getDayOfMonth()));
		page.locator("#nextReviewDate-month").fill(String.valueOf(review.getMonthValue()));
		page.locator("#nextReviewDate-year").fill(String.valueOf(review.getYear()));
		follow(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add registration")));
		PlaywrightAssertions.assertThat(page.locator(".govuk-error-summary"))
			.containsText("The start date must be a real date");
		// what was typed is kept
		assertThat(page.locator("#startDate-year").inputValue()).isEqualTo("20x6");
		assertThat(page.getByLabel("Risk to staff").isChecked()).isTrue();
		page.locator("#startDate-year").fill(String.valueOf(start.getYear()));
		follow(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add registration")));

		PlaywrightAssertions.assertThat(page.locator(".govuk-notification-banner"))
			.containsText("Registration added: Risk to staff");
		PlaywrightAssertions.assertThat(page.locator(".op-flag-bar")).containsText("Risk to staff");
		assertAccessible();
		assertThat(jdbc.sql(
				"select count(*) from assessment.tier_history h join people.person p on p.id = h.person_id where p.crn = :crn")
			.param("crn", crn)
			.query(Long.class)
			.single()).isEqualTo(historyBefore + 1);

		follow(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("End Risk to staff")));
		follow(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("End registration")));
		PlaywrightAssertions.assertThat(page.locator(".govuk-error-summary"))
			.containsText("Enter why the registration is ending");
		assertAccessible();
		page.getByLabel("Why is it ending?").fill("Risk reviewed with the team manager");
		follow(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("End registration")));
		PlaywrightAssertions.assertThat(page.locator(".govuk-notification-banner")).containsText("Registration ended");
		assertThat(jdbc.sql(
				"select count(*) from access.audit_event where crn = :crn and ((action = 'ADD_REGISTRATION' and detail like 'Risk to staff%') or (action = 'END_REGISTRATION' and detail like '%Risk reviewed with the team manager'))")
			.param("crn", crn)
			.query(Long.class)
			.single()).isEqualTo(2);
	}

}
