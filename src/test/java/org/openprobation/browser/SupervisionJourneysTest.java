package org.openprobation.browser;

import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.Test;
import org.openprobation.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class SupervisionJourneysTest extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	private record Case(String crn, String forename, String surname) {
	}

	/** A case the demo practitioner holds. */
	private Case aCaseOfThePractitioner() {
		return jdbc.sql("""
				select p.crn, p.forename, p.surname from people.person p
				join people.responsible_officer ro on ro.person_id = p.id and ro.to_date is null
				join access.app_user u on u.staff_id = ro.staff_id
				where u.username = 'practitioner' order by p.surname, p.crn limit 1
				""")
			.query((rs, n) -> new Case(rs.getString("crn").trim(), rs.getString("forename"), rs.getString("surname")))
			.single();
	}

	@Test
	void aWrongPasswordIsExplainedAndTheUsernameKept() {
		visit("/login");
		page.getByLabel("Username").fill("practitioner");
		page.getByLabel("Password").fill("wrong");
		follow(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")));
		assertThat(page.locator(".govuk-error-summary").textContent())
			.contains("Enter a correct username and password");
		assertThat(page.getByLabel("Username").inputValue()).isEqualTo("practitioner");
		assertAccessible();
	}

	@Test
	void aPractitionerFindsAPersonByPartOfTheSurnameAndOpensTheirCase() {
		Case wanted = aCaseOfThePractitioner();
		signIn("practitioner");
		follow(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Find a person").setExact(true))
			.first());
		assertAccessible();
		page.getByLabel("Search").fill(wanted.surname().substring(0, 3).toUpperCase());
		follow(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")));
		assertThat(page.locator("#results-heading").textContent()).containsPattern("\\d+\\s+(people|person) found");
		assertAccessible();

		page.getByLabel("Search").fill(wanted.crn().toLowerCase());
		follow(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")));
		assertThat(page.locator("#results-heading").textContent()).contains("1").contains("person found");
		follow(page.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName(wanted.surname() + ", " + wanted.forename())));

		// the page is the case's overview; the case bar names whose case it is
		assertThat(page.locator("h1").textContent()).isEqualTo("Overview");
		assertThat(page.locator("#case-name").textContent()).contains(wanted.forename()).contains(wanted.surname());
		assertThat(page.locator("#case-bar").textContent()).contains(wanted.crn());
		assertThat(page.getByText("Requirements in force").isVisible()).isTrue();
		assertThat(page.getByText("Officer history").isVisible()).isTrue();
		assertThat(page.locator(".op-flag-bar").isVisible()).isTrue();
		assertAccessible();
	}

	@Test
	void aSearchWithNoResultsOrBadInputIsExplained() {
		signIn("practitioner");
		visit("/people?q=zzzzzzzzqqq");
		assertThat(page.locator("#results-heading").textContent()).contains("0");
		assertThat(page.getByText("No one matches that search").isVisible()).isTrue();
		page.getByLabel("Search").fill("31/02/1990");
		follow(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")));
		assertThat(page.locator(".govuk-error-summary").textContent()).contains("Date of birth must be a real date");
		assertThat(page.getByLabel("Search").inputValue()).isEqualTo("31/02/1990");
		assertAccessible();
	}

	@Test
	void aPractitionerSeesAndSortsTheirCaseload() {
		long cases = jdbc.sql("""
				select count(*) from people.responsible_officer ro join access.app_user u on u.staff_id = ro.staff_id
				where u.username = 'practitioner' and ro.to_date is null
				""").query(Long.class).single();
		signIn("practitioner");
		follow(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("My caseload")).first());
		assertThat(page.locator("#caseload-count").textContent()).contains(String.valueOf(cases));
		assertThat(page.locator("tbody tr").count()).isEqualTo((int) cases);
		assertAccessible();
		follow(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sentence ends")));
		assertThat(page.locator("th[aria-sort='ascending']").textContent()).contains("Sentence ends");
		follow(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sentence ends")));
		assertThat(page.locator("th[aria-sort='descending']").textContent()).contains("Sentence ends");
		assertAccessible();
	}

	@Test
	void aSeniorProbationOfficerSeesTheTeamCaseloadAndDrillsIntoAPractitioner() {
		signIn("manager");
		follow(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Team caseload")).first());
		assertThat(page.locator("main p.govuk-body").first().textContent()).contains("Senior probation officer:")
			.containsPattern("\\d+\\s+practitioners hold\\s+\\d+\\s+cases");
		assertThat(page.locator("tbody tr").count()).isBetween(7, 11);
		assertAccessible();
		follow(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Team workload and capacity")));
		PlaywrightAssertions.assertThat(page.locator("#workload-summary")).containsText("Capacity ranges from");
		assertAccessible();
		page.goBack();
		page.waitForLoadState(com.microsoft.playwright.options.LoadState.LOAD);
		follow(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Outstanding safeguarding checks")));
		PlaywrightAssertions.assertThat(page.locator("#outstanding-count")).containsText("waiting for an answer");
		assertAccessible();
		page.goBack();
		page.waitForLoadState(com.microsoft.playwright.options.LoadState.LOAD);
		follow(page.locator("tbody tr th a").first());
		assertThat(page.locator("h1").textContent()).startsWith("Caseload of");
		assertAccessible();
	}

	@Test
	void theOrganisationPageShowsLondon() {
		signIn("area");
		follow(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Organisation")).first());
		// A large page: wait until it has all arrived rather than read it once straight
		// after the click.
		// 29,473 when generated; fewer once other tests have transferred cases to the NPS
		long supervised = jdbc.sql("select count(*) from reporting.person_under_supervision")
			.query(Long.class)
			.single();
		for (String expected : new String[] { String.format(java.util.Locale.UK, "%,d", supervised), "London CRC",
				"North London", "West London" }) {
			PlaywrightAssertions.assertThat(page.locator("main")).containsText(expected);
		}
		assertAccessible();
	}

	@Test
	void anAdministratorReadsTheAuditTrailAndSignsOut() {
		signIn("admin");
		visit("/audit");
		assertThat(page.locator("h1").textContent()).isEqualTo("Audit trail");
		visit("/cases/Z999999");
		assertThat(page.locator("h1").textContent()).isEqualTo("Page not found");
		follow(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")));
		assertThat(page.getByText("You have signed out.").isVisible()).isTrue();
		assertAccessible();
		page.navigate(url("/caseload"));
		assertThat(page.url()).endsWith("/login");
	}

}
