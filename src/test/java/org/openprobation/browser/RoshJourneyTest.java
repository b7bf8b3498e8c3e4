package org.openprobation.browser;

import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.Test;
import org.openprobation.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class RoshJourneyTest extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void aResponsibleOfficerRecordsARoshAssessmentAndTheTierFollowsIt() {
		String crn = jdbc.sql("""
				select p.crn from people.person p
				join people.responsible_officer ro on ro.person_id = p.id and ro.to_date is null
				join access.app_user u on u.staff_id = ro.staff_id and u.username = 'practitioner'
				join assessment.tier t on t.person_id = p.id
				where t.tier like 'C%' or t.tier like 'D%' order by p.crn desc offset 1 limit 1
				""").query(String.class).single().trim();
		signIn("practitioner");
		visit("/cases/" + crn + "/rosh/new");
		page.locator("#PUBLIC-HIGH").check();
		for (String group : new String[] { "CHILDREN", "KNOWN_ADULT", "STAFF", "PRISONERS" }) {
			page.locator("#" + group + "-input").check();
		}
		page.locator("#whoIsAtRisk").fill("Members of the public in the night-time economy");
		page.locator("#natureOfHarm").fill("Serious violence when drinking");
		page.locator("#riskManagementPlan").fill("");
		follow(page.locator("button:has-text('Save assessment')"));
		PlaywrightAssertions.assertThat(page.locator(".govuk-error-summary"))
			.containsText("Enter the risk management plan");
		assertThat(page.locator("#whoIsAtRisk").inputValue())
			.isEqualTo("Members of the public in the night-time economy");
		assertThat(page.locator("#PUBLIC-HIGH").isChecked()).isTrue();
		assertAccessible();

		page.locator("#riskManagementPlan").fill("Weekly contact, alcohol treatment, exclusion from the town centre");
		follow(page.locator("button:has-text('Save assessment')"));
		PlaywrightAssertions.assertThat(page.locator(".govuk-notification-banner")).containsText("assessment recorded");
		PlaywrightAssertions.assertThat(page.locator(".op-flag-bar")).containsText("RoSH high");
		assertAccessible();
		String tier = jdbc
			.sql("select t.tier from assessment.tier t join people.person p on p.id = t.person_id where p.crn = :crn")
			.param("crn", crn)
			.query(String.class)
			.single();
		// RoSH high scores 20 protect points: at least protect level B
		assertThat(tier.charAt(0)).isIn('A', 'B');

		// issue 29: the form saved again unchanged is not a new assessment unless a
		// review
		// with no change is said
		int before = assessments(crn);
		visit("/cases/" + crn + "/rosh/new");
		follow(page.locator("button:has-text('Save assessment')"));
		PlaywrightAssertions.assertThat(page.locator(".govuk-error-summary")).containsText("Nothing is different");
		assertThat(page.title()).startsWith("Error: ");
		assertAccessible();
		assertThat(assessments(crn)).isEqualTo(before);
		page.locator("#reviewedNoChange").check();
		follow(page.locator("button:has-text('Save assessment')"));
		PlaywrightAssertions.assertThat(page.locator(".govuk-notification-banner"))
			.containsText("reviewed: recorded with nothing changed");
		assertThat(assessments(crn)).isEqualTo(before + 1);
	}

	private int assessments(String crn) {
		return jdbc.sql("""
				select count(*) from assessment.rosh_assessment r join people.person p on p.id = r.person_id
				where p.crn = :crn""").param("crn", crn).query(Integer.class).single();
	}

}
