package org.openprobation.browser;

import java.time.LocalDate;

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
class ReferralJourneyTest extends BrowserTest {

	@org.springframework.beans.factory.annotation.Autowired
	java.time.Clock clock;

	@Autowired
	JdbcClient jdbc;

	@Test
	void thePractitionerRefersRecordsTheResponseAndASessionAndSeesTheServicesWaitingList() {
		String crn = jdbc.sql("""
				select p.crn from people.person p
				join people.responsible_officer ro on ro.person_id = p.id and ro.to_date is null
				join access.app_user u on u.staff_id = ro.staff_id and u.username = 'practitioner'
				join people.address a on a.person_id = p.id and a.to_date is null and a.borough_id is not null
				where exists (select 1 from sentences.sentence s where s.person_id = p.id and s.status = 'ACTIVE'
				              and s.kind = 'COMMUNITY_ORDER')
				  and not exists (select 1 from interventions.referral r where r.person_id = p.id)
				order by p.crn desc offset 2 limit 1
				""").query(String.class).single().trim();
		LocalDate today = LocalDate.now(clock);
		signIn("practitioner");
		visit("/cases/" + crn);
		follow(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Referrals to interventions")));
		PlaywrightAssertions.assertThat(page.locator("#no-referrals")).isVisible();
		assertAccessible();
		follow(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Refer to an intervention")));
		assertAccessible();
		follow(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send referral")));
		PlaywrightAssertions.assertThat(page.locator(".govuk-error-summary"))
			.containsText("Select a service from the provider's directory");
		assertAccessible();

		String service = null;
		for (Locator option : page.locator("#serviceId option").all()) {
			String text = option.textContent();
			if (!option.getAttribute("value").isEmpty() && !text.contains("not eligible") && !text.contains("outside")
					&& text.startsWith("Alcohol")) {
				service = option.getAttribute("value");
				break;
			}
		}
		assertThat(service).as("a local alcohol service the person may use").isNotNull();
		page.locator("#serviceId").selectOption(service);
		page.locator("#reason").fill("Drinking before the offences; plan objective 1");
		LocalDate sent = today.minusDays(3);
		page.locator("#sentOn-day").fill(String.valueOf(sent.getDayOfMonth()));
		page.locator("#sentOn-month").fill(String.valueOf(sent.getMonthValue()));
		page.locator("#sentOn-year").fill(String.valueOf(sent.getYear()));
		follow(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send referral")));
		PlaywrightAssertions.assertThat(page.locator("#referral-status")).hasText("Sent: awaiting a response");
		assertAccessible();

		step("ACCEPTED", sent);
		PlaywrightAssertions.assertThat(page.locator("#referral-status")).hasText("Accepted: waiting to start");
		// a start before the acceptance is refused, and what was typed is kept
		step("STARTED", sent.minusDays(1));
		PlaywrightAssertions.assertThat(page.locator(".govuk-error-summary"))
			.containsText("before the referral's last step");
		assertThat(page.locator("#on-day").inputValue()).isEqualTo(String.valueOf(sent.minusDays(1).getDayOfMonth()));
		assertAccessible();
		step("STARTED", sent.plusDays(1));
		PlaywrightAssertions.assertThat(page.locator("#referral-status")).hasText("Started");

		LocalDate session = sent.plusDays(2);
		page.locator("#date-day").fill(String.valueOf(session.getDayOfMonth()));
		page.locator("#date-month").fill(String.valueOf(session.getMonthValue()));
		page.locator("#date-year").fill(String.valueOf(session.getYear()));
		page.locator("#startTime").fill("06:00");
		page.locator("#endTime").fill("06:45");
		page.locator("#attendance").selectOption("ATTENDED_COMPLIED");
		follow(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save session")));
		PlaywrightAssertions.assertThat(page.locator("#sessions")).containsText("Attended and complied");
		assertAccessible();

		follow(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Referrals")).first());
		PlaywrightAssertions.assertThat(page.locator("#referrals")).containsText("Started");
		assertAccessible();

		visit("/interventions/" + service);
		PlaywrightAssertions.assertThat(page.locator("#figures")).containsText("Completion rate");
		PlaywrightAssertions.assertThat(page.locator("#started")).containsText(crn);
		assertAccessible();
	}

	private void step(String status, LocalDate on) {
		page.locator("#status-" + status).check();
		page.locator("#on-day").fill(String.valueOf(on.getDayOfMonth()));
		page.locator("#on-month").fill(String.valueOf(on.getMonthValue()));
		page.locator("#on-year").fill(String.valueOf(on.getYear()));
		follow(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save").setExact(true)));
	}

}
