package org.openprobation.browser;

import java.time.LocalDate;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.openprobation.IntegrationTest;
import org.openprobation.assessment.domain.TierRule.Need;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class PlanGapJourneyTest extends BrowserTest {

	@org.springframework.beans.factory.annotation.Autowired
	java.time.Clock clock;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aNeedLinkedToOffendingShowsAsAGapUntilAnObjectiveAddressesIt() {
		String crn = jdbc.sql("""
				select p.crn from people.person p
				join people.responsible_officer ro on ro.person_id = p.id and ro.to_date is null
				join access.app_user u on u.staff_id = ro.staff_id
				where u.username = 'practitioner' order by p.crn desc limit 1
				""").query(String.class).single().trim();
		// A need no objective of this person's plan addresses yet
		Need need = jdbc
			.sql("""
					select n.need from unnest(array['ALCOHOL_MISUSE', 'DRUG_MISUSE', 'ACCOMMODATION', 'ATTITUDES',
					  'RELATIONSHIPS', 'FINANCIAL_MANAGEMENT']) as n(need)
					where not exists (select 1 from planning.objective_need o join planning.objective ob on ob.id = o.objective_id
					  join planning.plan pl on pl.id = ob.plan_id join people.person p on p.id = pl.person_id
					  where p.crn = :crn and o.need = n.need)
					limit 1
					""")
			.param("crn", crn)
			.query((rs, n) -> Need.valueOf(rs.getString(1)))
			.single();
		String label = need.label();
		String gap = label + " is linked to offending and is not in the plan";

		signIn("practitioner");
		visit("/cases/" + crn);
		follow(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("View the sentence plan")));
		assertAccessible();

		follow(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Change " + label)));
		assertAccessible();
		page.getByLabel("Standard").check();
		page.getByLabel("Linked to offending").check();
		// it may already be assessed so: a review with no change is then said
		page.getByLabel("I have reviewed it and nothing has changed").check();
		follow(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")));
		PlaywrightAssertions.assertThat(page.locator(".govuk-notification-banner")).containsText(label);
		PlaywrightAssertions.assertThat(page.locator("#plan-gaps")).containsText(gap);
		assertAccessible();

		follow(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add an objective")));
		page.getByLabel("Objective").fill("Work with the service on " + label.toLowerCase());
		follow(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add objective")));
		PlaywrightAssertions.assertThat(page.locator(".govuk-error-summary"))
			.containsText("Select the needs or the risk of harm this objective addresses");
		assertThat(page.getByLabel("Objective").inputValue())
			.isEqualTo("Work with the service on " + label.toLowerCase());
		assertAccessible();

		LocalDate target = LocalDate.now(clock).plusMonths(4);
		page.locator("#need-" + need.name()).check();
		page.locator("#targetDate-day").fill(String.valueOf(target.getDayOfMonth()));
		page.locator("#targetDate-month").fill(String.valueOf(target.getMonthValue()));
		page.locator("#targetDate-year").fill(String.valueOf(target.getYear()));
		follow(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add objective")));
		PlaywrightAssertions.assertThat(page.locator(".govuk-notification-banner")).containsText("Objective added");
		PlaywrightAssertions.assertThat(page.locator("main")).not().containsText(gap);
		assertAccessible();
	}

}
