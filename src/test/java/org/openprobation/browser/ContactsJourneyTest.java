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
class ContactsJourneyTest extends BrowserTest {

	@org.springframework.beans.factory.annotation.Autowired
	java.time.Clock clock;

	@Autowired
	JdbcClient jdbc;

	@Test
	void thePractitionerBooksAnAppointmentSeesTheClashRefusedAndRecordsAnUnacceptableAbsence() {
		String crn = org.openprobation.PastAppointments.withoutOutcome(jdbc, clock, "practitioner", 3).crn();
		LocalDate day = LocalDate.now(clock).plusYears(1).plusDays(20);
		while (day.getDayOfWeek().getValue() > 5) {
			day = day.plusDays(1);
		}
		signIn("practitioner");
		visit("/cases/" + crn);
		PlaywrightAssertions.assertThat(page.locator("#next-contact")).containsText("due by");
		follow(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Contact history")));
		assertAccessible();
		follow(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Book an appointment")));
		assertAccessible();
		follow(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Book appointment")));
		PlaywrightAssertions.assertThat(page.locator(".govuk-error-summary"))
			.containsText("Select the type of appointment");
		assertAccessible();

		book(day, "07:00", "08:00");
		PlaywrightAssertions.assertThat(page.locator(".govuk-notification-banner")).containsText("booked for");
		assertAccessible();

		follow(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Book an appointment")));
		book(day, "07:30", "08:30");
		PlaywrightAssertions.assertThat(page.locator(".govuk-error-summary")).containsText("already has");
		assertThat(page.locator("#startTime").inputValue()).isEqualTo("07:30");
		assertAccessible();

		visit("/cases/" + crn + "/contacts?outcome=AWAITING");
		follow(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record the outcome")).first());
		assertAccessible();
		page.locator("#outcome-FAILED_TO_ATTEND_ACCEPTABLE").check();
		follow(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save outcome")));
		PlaywrightAssertions.assertThat(page.locator(".govuk-error-summary"))
			.containsText("Give the reason the absence was acceptable");
		assertAccessible();
		page.locator("#outcome-FAILED_TO_ATTEND_UNACCEPTABLE").check();
		follow(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save outcome")));
		PlaywrightAssertions.assertThat(page.locator(".govuk-notification-banner"))
			.containsText("Failed to attend: unacceptable");
		assertAccessible();

		follow(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Diary")).first());
		PlaywrightAssertions.assertThat(page.locator("h1")).containsText("Week of");
		assertAccessible();
	}

	@Test
	void theAreaManagerSeesLostAndOverdueCasesAcrossTheProvider() {
		signIn("area");
		follow(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Cases overdue a contact")));
		PlaywrightAssertions.assertThat(page.locator("h1")).containsText("Cases overdue a contact");
		assertThat(page.locator("tbody tr").count()).isPositive();
		assertAccessible();
		follow(page.locator("#overdue-filters a").first());
		PlaywrightAssertions.assertThat(page.locator("tbody tr").first()).containsText("Lost");
		assertAccessible();
	}

	private void book(LocalDate day, String start, String end) {
		page.locator("#type").selectOption("OFFICE_APPOINTMENT");
		page.locator("#date-day").fill(String.valueOf(day.getDayOfMonth()));
		page.locator("#date-month").fill(String.valueOf(day.getMonthValue()));
		page.locator("#date-year").fill(String.valueOf(day.getYear()));
		page.locator("#startTime").fill(start);
		page.locator("#endTime").fill(end);
		follow(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Book appointment")));
	}

}
