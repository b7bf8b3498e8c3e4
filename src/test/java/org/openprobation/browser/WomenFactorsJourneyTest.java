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
class WomenFactorsJourneyTest extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void assessingAWomansFactorsRecomputesHerTierWithTheReason() {
		String crn = jdbc.sql("""
				select p.crn from people.person p
				join people.responsible_officer ro on ro.person_id = p.id and ro.to_date is null
				join access.app_user u on u.staff_id = ro.staff_id
				where u.username = 'practitioner' and p.gender = 'FEMALE'
				order by p.crn limit 1
				""").query(String.class).single().trim();
		int protectBefore = jdbc.sql(
				"select protect_points from assessment.tier t join people.person p on p.id = t.person_id where p.crn = :crn")
			.param("crn", crn)
			.query(Integer.class)
			.single();
		signIn("practitioner");
		visit("/cases/" + crn + "/risk");
		follow(page.locator("#women-factors a"));
		assertAccessible();
		page.getByLabel("Parenting or caring responsibilities").check();
		page.getByLabel("Problems with impulsivity or temper control").check();
		page.locator("#breachOrRecallOn-day").fill("31");
		page.locator("#breachOrRecallOn-month").fill("2");
		page.locator("#breachOrRecallOn-year").fill("2026");
		follow(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")));
		PlaywrightAssertions.assertThat(page.locator(".govuk-error-summary")).containsText("must be a real date");
		assertThat(page.getByLabel("Parenting or caring responsibilities").isChecked()).isTrue();
		assertAccessible();
		page.locator("#breachOrRecallOn-day").fill("");
		page.locator("#breachOrRecallOn-month").fill("");
		page.locator("#breachOrRecallOn-year").fill("");
		follow(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")));
		PlaywrightAssertions.assertThat(page.locator(".govuk-notification-banner"))
			.containsText("Women's factors recorded");
		PlaywrightAssertions.assertThat(page.locator("#women-factors"))
			.containsText("Parenting or caring responsibilities");
		assertAccessible();
		int protectAfter = jdbc.sql(
				"select protect_points from assessment.tier t join people.person p on p.id = t.person_id where p.crn = :crn")
			.param("crn", crn)
			.query(Integer.class)
			.single();
		// 2 for parenting or caring responsibilities, 2 for impulsivity or temper
		assertThat(protectAfter).isEqualTo(protectBefore + 4);
		assertThat(jdbc.sql("""
				select count(*) from assessment.tier_history h join people.person p on p.id = h.person_id
				where p.crn = :crn and h.reason = 'Women''s factors assessed'
				""").param("crn", crn).query(Long.class).single()).isEqualTo(1);
	}

}
