package org.openprobation.browser;

import java.math.BigDecimal;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.openprobation.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class AllocationJourneyTest extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void theManagerAllocatesACaseFromTheQueueAndSeesThePractitionersCapacityChange() {
		String team = jdbc.sql("""
				select t.code from access.app_user u join organisation.staff s on s.id = u.staff_id
				join organisation.team t on t.id = s.team_id where u.username = 'manager'
				""").query(String.class).single();
		signIn("manager");
		visit("/teams/" + team + "/workload");
		assertAccessible();
		follow(page.locator("#queue-link"));
		PlaywrightAssertions.assertThat(page.locator("h1")).containsText("Cases to allocate");
		assertAccessible();

		follow(page.locator("main table tbody tr").first().getByRole(AriaRole.LINK).last());
		PlaywrightAssertions.assertThat(page.locator("h1")).containsText("Allocate");
		assertAccessible();
		Locator radios = page.locator("input[name=staffCode]");
		assertThat(radios.count()).isGreaterThan(1);
		String top = radios.nth(0).getAttribute("value");
		String second = radios.nth(1).getAttribute("value");
		// nobody is chosen for the manager: allocating without a choice is refused
		assertThat(radios.nth(0).isChecked()).isFalse();
		follow(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Allocate case")));
		PlaywrightAssertions.assertThat(page.locator(".govuk-error-summary"))
			.containsText("Select the practitioner to allocate the case to");
		assertAccessible();

		// Overriding the recommendation without a reason is refused and nothing is lost.
		radios.nth(1).check();
		follow(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Allocate case")));
		PlaywrightAssertions.assertThat(page.locator(".govuk-error-summary"))
			.containsText("Enter why you are not allocating to the recommended practitioner");
		assertThat(page.locator("input[name=staffCode][value='" + second + "']").isChecked()).isTrue();
		assertAccessible();

		BigDecimal before = capacity(team, top);
		page.locator("input[name=staffCode][value='" + top + "']").check();
		page.locator("#overrideReason").fill("");
		follow(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Allocate case")));
		// over capacity, or flagged without a risk assessment: confirmed with a reason
		if (page.locator(".govuk-error-summary").count() > 0) {
			PlaywrightAssertions.assertThat(page.locator(".govuk-error-summary"))
				.containsText("Confirm why you are allocating it even though");
			assertAccessible();
			page.locator("#confirmReason").fill("Agreed with the practitioner at supervision today");
			follow(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Allocate case")));
		}
		PlaywrightAssertions.assertThat(page.locator(".govuk-notification-banner")).containsText("allocated to");
		assertAccessible();
		String shown = page.locator("tr[data-staff-code='" + top + "'] td").last().innerText().replace("%", "").strip();
		assertThat(new BigDecimal(shown)).isGreaterThan(before);
		PlaywrightAssertions.assertThat(page.locator(".govuk-notification-banner")).containsText(shown + "%");
	}

	@Test
	void theAreaManagerSeesEachTeamsCapacityAndConfiguresTheAllocationRule() {
		signIn("area");
		follow(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Area workload")));
		PlaywrightAssertions.assertThat(page.locator("h1")).containsText("Workload:");
		assertThat(page.locator("tbody tr").count()).isGreaterThan(3);
		PlaywrightAssertions.assertThat(page.locator("#area-summary")).containsText("practitioners are over capacity");
		assertAccessible();

		visit("/");
		follow(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Allocation rule")));
		PlaywrightAssertions.assertThat(page.locator("#rule-now"))
			.containsText(
					"the NPS supervises cases whose risk of serious harm is high or very high, or who are MAPPA-eligible");
		assertAccessible();
		try {
			page.locator("#level-HIGH").uncheck();
			page.locator("#level-VERY_HIGH").uncheck();
			page.locator("#npsWhenMappaEligible").uncheck();
			follow(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the rule")));
			PlaywrightAssertions.assertThat(page.locator(".govuk-error-summary"))
				.containsText("the NPS would supervise no case");
			assertAccessible();
			page.locator("#level-MEDIUM").check();
			page.locator("#level-HIGH").check();
			page.locator("#level-VERY_HIGH").check();
			page.locator("#npsWhenMappaEligible").check();
			follow(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the rule")));
			PlaywrightAssertions.assertThat(page.locator(".govuk-notification-banner")).containsText("saved");
			PlaywrightAssertions.assertThat(page.locator("#rule-now")).containsText("medium or high or very high");
			assertThat(jdbc.sql("select count(*) from access.audit_event where action = 'CHANGE_POLICY'")
				.query(Long.class)
				.single()).isPositive();
		}
		finally {
			// back to the default, which other tests rely on
			jdbc.sql("delete from allocation.policy_setting").update();
		}
	}

	private BigDecimal capacity(String team, String staffCode) {
		Page other = page.context().newPage();
		try {
			other.navigate(url("/teams/" + team + "/workload"));
			return new BigDecimal(other.locator("tr[data-staff-code='" + staffCode + "'] td")
				.last()
				.innerText()
				.replace("%", "")
				.strip());
		}
		finally {
			other.close();
		}
	}

}
