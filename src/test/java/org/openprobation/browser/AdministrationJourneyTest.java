package org.openprobation.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.openprobation.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator adds a team and an account through the pages, and the new user changes
 * their one-time password; every page on the way passes the accessibility scan.
 */
@IntegrationTest
@org.junit.jupiter.api.extension.ExtendWith(org.openprobation.RemovesAddedOrganisation.class)
@org.junit.jupiter.api.extension.ExtendWith(org.openprobation.RemovesImportedStaff.class)
class AdministrationJourneyTest extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void anAdministratorAddsATeamAndAUserWhoThenChoosesTheirPassword() {
		String office = jdbc.sql("select code from organisation.office order by id limit 1")
			.query(String.class)
			.single();
		String staff = jdbc.sql("""
				select s.code from organisation.staff s where s.grade = 'PROBATION_OFFICER' and s.team_id is not null
				and not exists (select 1 from access.app_user u where u.staff_id = s.id) order by s.code limit 1""")
			.query(String.class)
			.single();
		String provider = jdbc.sql("""
				select p.code from organisation.staff s join organisation.office o on o.id = s.office_id
				join organisation.borough b on b.id = o.borough_id join organisation.area a on a.id = b.area_id
				join organisation.provider p on p.id = a.provider_id where s.code = :c""")
			.param("c", staff)
			.query(String.class)
			.single();

		signIn("admin");
		visit("/organisation");
		follow(page.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName("Providers, areas, boroughs, offices and teams")));
		assertAccessible();
		follow(page.locator("#levels")
			.getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Teams")));
		assertAccessible();
		follow(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a team")));
		assertAccessible();
		page.getByLabel("Code", new Page.GetByLabelOptions().setExact(true)).fill("JRNY-TEAM");
		follow(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add team")));
		PlaywrightAssertions.assertThat(page.locator(".govuk-error-summary")).containsText("Enter the name");
		assertAccessible();
		PlaywrightAssertions.assertThat(page.getByLabel("Code", new Page.GetByLabelOptions().setExact(true)))
			.hasValue("JRNY-TEAM");
		page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Journey team");
		page.getByLabel("Office code").fill(office);
		follow(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add team")));
		PlaywrightAssertions.assertThat(page.locator(".govuk-notification-banner--success"))
			.containsText("Team JRNY-TEAM added");
		assertAccessible();

		String demoTeam = jdbc.sql("select code from organisation.team order by id limit 1")
			.query(String.class)
			.single();
		visit("/organisation");
		follow(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add a member of staff")));
		assertAccessible();
		page.getByLabel("Staff code").fill("JRNY-S1");
		page.getByLabel("First name").fill("Journey");
		page.getByLabel("Last name").fill("Staff");
		page.getByLabel("Team code").fill(demoTeam);
		page.getByLabel("Contracted hours a week").fill("99");
		follow(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the member of staff")));
		PlaywrightAssertions.assertThat(page.locator(".govuk-error-summary")).containsText("contracted hours");
		assertAccessible();
		page.getByLabel("Contracted hours a week").fill("37");
		page.getByLabel("Day").first().fill("5");
		page.getByLabel("Month").first().fill("1");
		page.getByLabel("Year").first().fill("2026");
		follow(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the member of staff")));
		PlaywrightAssertions.assertThat(page.locator(".govuk-notification-banner--success"))
			.containsText("JRNY-S1 added");
		assertAccessible();

		visit("/settings/users");
		follow(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a user")));
		assertAccessible();
		page.getByLabel("Username").fill("jrny.user");
		page.getByLabel("Full name").fill("Journey User");
		page.getByLabel("Work email address").fill("jrny.user@example.org");
		page.getByLabel("Practitioner").check();
		follow(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add user")));
		PlaywrightAssertions.assertThat(page.locator(".govuk-error-summary")).containsText("member of staff");
		assertAccessible();
		page.getByLabel("Staff code (optional for some roles)").fill(staff);
		page.getByLabel("Provider code").fill(provider);
		follow(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add user")));
		assertAccessible();
		String oneTime = page.locator("#one-time-password").textContent().strip();
		follow(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to the account")));
		assertAccessible();
		PlaywrightAssertions.assertThat(page.locator("#account-summary")).containsText("One-time");

		context.clearCookies();
		visit("/login");
		page.getByLabel("Username").fill("jrny.user");
		page.getByLabel("Password").fill(oneTime);
		follow(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")));
		assertThat(page.url()).endsWith("/account/password");
		assertAccessible();
		page.getByLabel("Current password").fill(oneTime);
		page.getByLabel("New password", new Page.GetByLabelOptions().setExact(true)).fill("qwerty123456");
		page.getByLabel("New password again").fill("qwerty123456");
		follow(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change password")));
		PlaywrightAssertions.assertThat(page.locator(".govuk-error-summary")).containsText("less common");
		assertAccessible();
		page.getByLabel("Current password").fill(oneTime);
		page.getByLabel("New password", new Page.GetByLabelOptions().setExact(true)).fill("journeys end in lovers");
		page.getByLabel("New password again").fill("journeys end in lovers");
		follow(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change password")));
		PlaywrightAssertions.assertThat(page.locator(".govuk-notification-banner--success"))
			.containsText("Your password is changed");
		assertAccessible();
	}

}
