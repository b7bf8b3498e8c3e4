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
class EnforcementJourneyTest extends BrowserTest {

	@org.springframework.beans.factory.annotation.Autowired
	java.time.Clock clock;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anUnacceptableAbsenceLeadsToAWarningLetterThenABreachTheManagerCountersigns() throws java.io.IOException {
		String crn = jdbc.sql("""
				select p.crn from people.person p
				join people.responsible_officer ro on ro.person_id = p.id and ro.to_date is null
				join access.app_user u on u.staff_id = ro.staff_id
				join sentences.sentence s on s.person_id = p.id and s.status = 'ACTIVE' and s.kind = 'COMMUNITY_ORDER'
				where u.username = 'practitioner'
				  and not exists (select 1 from contacts.contact c where c.person_id = p.id
				                  and c.outcome in ('ATTENDED_FAILED_TO_COMPLY', 'FAILED_TO_ATTEND_UNACCEPTABLE'))
				  and not exists (select 1 from enforcement.action a where a.person_id = p.id)
				order by p.crn limit 1
				""").query(String.class).single().trim();
		signIn("practitioner");
		LocalDate yesterday = LocalDate.now(clock).minusDays(1);
		recordUnacceptableAbsence(crn, yesterday, java.time.LocalTime.of(7, 0), java.time.LocalTime.of(7, 30));
		// the absence hands straight over to the decision it requires
		assertThat(page.url()).contains("/cases/" + crn + "/enforcement");
		PlaywrightAssertions.assertThat(page.locator(".govuk-notification-banner"))
			.containsText("This is an enforceable failure");
		PlaywrightAssertions.assertThat(page.locator("main table")).containsText("Warning or breach");
		PlaywrightAssertions.assertThat(page.locator("#glance-enforcement")).containsText("awaiting a decision");
		assertAccessible();
		follow(page.getByRole(AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile("Give a warning.*"))));
		// read before it is issued: nothing is issued yet
		PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Check the warning letter");
		PlaywrightAssertions.assertThat(page.locator("#letter-preview")).containsText("This is a formal warning");
		PlaywrightAssertions.assertThat(page.locator("#letter-preview")).containsText("contact me at");
		assertAccessible();
		assertThat(jdbc.sql("""
				select count(*) from enforcement.action a join people.person p on p.id = a.person_id where p.crn = :crn
				""").param("crn", crn).query(Long.class).single()).isZero();
		follow(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Issue the warning")));
		PlaywrightAssertions.assertThat(page.locator("#letter")).containsText("This is a formal warning");
		PlaywrightAssertions.assertThat(page.locator("#letter")).containsText(crn);
		assertAccessible();
		// the letter as a PDF, generated from the case
		String pdfUrl = page.locator("#letter-pdf").evaluate("a => a.href").toString();
		com.microsoft.playwright.APIResponse pdf = context.request().get(pdfUrl);
		assertThat(pdf.status()).isEqualTo(200);
		assertThat(pdf.headers().get("content-type")).startsWith("application/pdf");
		try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
			String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
			assertThat(text).contains("Warning: failure to comply with your order (" + crn + ")", "formal warning");
		}

		// a failure after the warning (the same day, a few minutes ago) requires breach
		java.time.LocalDateTime now = java.time.LocalDateTime.now(clock);
		java.time.LocalTime start = now.minusMinutes(5).toLocalDate().isBefore(now.toLocalDate())
				? java.time.LocalTime.MIDNIGHT : now.minusMinutes(5).toLocalTime().withSecond(0).withNano(0);
		recordUnacceptableAbsence(crn, now.toLocalDate(), start, start.plusMinutes(3));
		visit("/cases/" + crn + "/enforcement");
		PlaywrightAssertions.assertThat(page.locator("#enforcement-summary"))
			.containsText("Yes: start breach proceedings");
		PlaywrightAssertions.assertThat(page.locator("main table"))
			.containsText("Breach: warned within the last 12 months");
		follow(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Propose breach")));
		follow(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Propose")));
		PlaywrightAssertions.assertThat(page.locator(".govuk-error-summary"))
			.containsText("Enter the reasons for the breach or recall");
		assertAccessible();
		page.getByLabel("Reasons").fill("Two unacceptable absences within a week of a warning");
		follow(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Propose")));
		PlaywrightAssertions.assertThat(page.locator(".govuk-notification-banner")).containsText("must countersign");
		assertAccessible();

		// the manager finds it in the queue, and sends it back with reasons
		context.clearCookies();
		signIn("manager");
		visit("/enforcement/countersignatures");
		assertAccessible();
		follow(page.locator("main table")
			.getByRole(AriaRole.LINK)
			.filter(new com.microsoft.playwright.Locator.FilterOptions()
				.setHasText(jdbc.sql("select forename from people.person where crn = :crn")
					.param("crn", crn)
					.query(String.class)
					.single())));
		follow(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send back with reasons")));
		PlaywrightAssertions.assertThat(page.locator(".govuk-notification-banner"))
			.containsText("Enter what the officer must correct");
		page.getByLabel("Or send it back: what the officer must correct").fill("Name the warning letter's date");
		follow(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send back with reasons")));
		PlaywrightAssertions.assertThat(page.locator(".govuk-notification-banner")).containsText("sent back");
		assertAccessible();

		// the officer corrects it from their list and proposes it again
		context.clearCookies();
		signIn("practitioner");
		visit("/tasks?kind=BREACH_SENT_BACK");
		PlaywrightAssertions.assertThat(page.locator("main")).containsText("Name the warning letter's date");
		visit("/cases/" + crn + "/enforcement");
		page.getByLabel("Corrected reasons")
			.fill("Two unacceptable absences within a week of the warning of "
					+ yesterday.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy")));
		follow(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Propose again")));
		PlaywrightAssertions.assertThat(page.locator(".govuk-notification-banner")).containsText("proposed again");

		context.clearCookies();
		signIn("manager");
		visit("/cases/" + crn + "/enforcement");
		follow(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Countersign")));
		PlaywrightAssertions.assertThat(page.locator("[data-action-kind=BREACH]"))
			.containsText("Countersigned: to submit");
		assertAccessible();

		// submitting it is the officer's task, with its deadline, until it is done
		context.clearCookies();
		signIn("practitioner");
		visit("/tasks?kind=BREACH_TO_SUBMIT");
		PlaywrightAssertions.assertThat(page.locator("main")).containsText(crn);
		assertAccessible();
		visit("/cases/" + crn + "/enforcement");
		follow(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit to court")));
		PlaywrightAssertions.assertThat(page.locator("[data-action-kind=BREACH]")).containsText("Submitted");
		visit("/tasks?kind=BREACH_TO_SUBMIT");
		PlaywrightAssertions.assertThat(page.locator("main")).not().containsText(crn);
		assertThat(jdbc.sql("""
				select countersigned_by from enforcement.action a join people.person p on p.id = a.person_id
				where p.crn = :crn and a.kind = 'BREACH'
				""").param("crn", crn).query(String.class).single()).isEqualTo("manager");
	}

	private void recordUnacceptableAbsence(String crn, LocalDate day, java.time.LocalTime start,
			java.time.LocalTime end) {
		visit("/cases/" + crn + "/appointments/new");
		page.locator("#type").selectOption("OFFICE_APPOINTMENT");
		page.locator("#date-day").fill(String.valueOf(day.getDayOfMonth()));
		page.locator("#date-month").fill(String.valueOf(day.getMonthValue()));
		page.locator("#date-year").fill(String.valueOf(day.getYear()));
		page.locator("#startTime").fill(String.format("%02d:%02d", start.getHour(), start.getMinute()));
		page.locator("#endTime").fill(String.format("%02d:%02d", end.getHour(), end.getMinute()));
		// the officer's diary may be full at this time: the absence is recorded after the
		// event
		page.locator("#overrideReason").fill("Recorded after the event");
		follow(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Book appointment")));
		PlaywrightAssertions.assertThat(page.locator(".govuk-notification-banner")).containsText("booked for");
		visit("/cases/" + crn + "/contacts?outcome=AWAITING");
		follow(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record the outcome")).first());
		page.locator("#outcome-FAILED_TO_ATTEND_UNACCEPTABLE").check();
		follow(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save outcome")));
		PlaywrightAssertions.assertThat(page.locator(".govuk-notification-banner")).containsText("unacceptable");
	}

}
