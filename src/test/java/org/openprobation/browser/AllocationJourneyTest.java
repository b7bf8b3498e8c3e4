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
		assertThat(radios.nth(0).isChecked()).isTrue();

		// Overriding the recommendation without a reason is refused and nothing is lost.
		radios.nth(1).check();
		follow(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Allocate case")));
		PlaywrightAssertions.assertThat(page.locator(".govuk-error-summary"))
			.containsText("Enter why you are not allocating to the recommended practitioner");
		assertThat(page.locator("input[name=staffCode][value='" + second + "']").isChecked()).isTrue();
		assertAccessible();

		BigDecimal before = capacity(team, top);
		page.locator("input[name=staffCode][value='" + top + "']").check();
		follow(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Allocate case")));
		PlaywrightAssertions.assertThat(page.locator(".govuk-notification-banner")).containsText("allocated to");
		assertAccessible();
		String shown = page.locator("tr[data-staff-code='" + top + "'] td").last().innerText().replace("%", "").strip();
		assertThat(new BigDecimal(shown)).isGreaterThan(before);
		PlaywrightAssertions.assertThat(page.locator(".govuk-notification-banner")).containsText(shown + "%");
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
