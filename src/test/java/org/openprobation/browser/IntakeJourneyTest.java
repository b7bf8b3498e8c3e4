package org.openprobation.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openprobation.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A manager registers a person through the pages, answers the duplicate check, and
 * changes the new record; every page on the way passes the accessibility scan.
 */
@IntegrationTest
class IntakeJourneyTest extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void removeRegistered() {
		jdbc.sql("delete from people.person where created_by is not null").update();
	}

	@Test
	void aManagerRegistersAPersonPastALikelyDuplicateAndChangesTheirRecord() {
		var onFile = jdbc
			.sql("""
					select p.forename, p.surname, p.date_of_birth from people.person p
					where not p.restricted and p.provider_id = (select provider_id from access.app_user where username = 'manager')
					and not exists (select 1 from access.case_restriction r where r.person_id = p.id) order by p.id limit 1""")
			.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2), rs.getString(3) })
			.single();
		String[] born = onFile[2].split("-");
		signIn("manager");
		visit("/people");
		follow(page.locator("#register-person"));
		assertAccessible();
		follow(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Register the person")));
		PlaywrightAssertions.assertThat(page.locator(".govuk-error-summary")).containsText("Enter the first name");
		assertAccessible();

		page.getByLabel("First name", new Page.GetByLabelOptions().setExact(true)).fill(onFile[0]);
		page.getByLabel("Last name", new Page.GetByLabelOptions().setExact(true)).fill(onFile[1]);
		page.locator("#dateOfBirth-day").fill(String.valueOf(Integer.parseInt(born[2])));
		page.locator("#dateOfBirth-month").fill(String.valueOf(Integer.parseInt(born[1])));
		page.locator("#dateOfBirth-year").fill(born[0]);
		page.locator("#gender-NOT_KNOWN").check();
		page.locator("#ethnicity").selectOption("NS");
		follow(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Register the person")));
		PlaywrightAssertions.assertThat(page.locator("#candidates")).containsText("same date of birth");
		assertAccessible();
		page.locator("#notADuplicateOf-0").check();
		follow(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Register the person")));
		assertThat(page.url()).matches(".*/cases/[A-Z][0-9]{6}$");
		assertAccessible();

		follow(page.locator("#case-sections").getByText("Personal details"));
		PlaywrightAssertions.assertThat(page.locator("#history")).containsText("Registered");
		assertAccessible();
		page.getByLabel("Religion or belief (optional)").fill("Quaker");
		follow(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the details")));
		PlaywrightAssertions.assertThat(page.locator("#history")).containsText("religion: Quaker");
		page.locator("#move summary").click();
		follow(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the new address")));
		PlaywrightAssertions.assertThat(page.locator(".govuk-error-summary")).containsText("first line");
		assertAccessible();
	}

}
