package org.openprobation.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.openprobation.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 28's first journey: a practitioner records an appointment's outcome with notes,
 * finds it again by a word, writes a case note of its own kind and attaches a document;
 * every page passes the accessibility scan, with and without errors.
 */
@IntegrationTest
class CaseNotesJourneyTest extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	java.time.Clock clock;

	@Test
	void thePractitionerRecordsWhatWasDiscussedAndFindsItByAWord() {
		String crn = org.openprobation.PastAppointments.withoutOutcome(jdbc, clock, "practitioner", 7).crn();
		signIn("practitioner");
		visit("/cases/" + crn + "/contacts?outcome=AWAITING");
		follow(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record the outcome")).first());
		assertAccessible();
		page.locator("#outcome-ATTENDED_COMPLIED").check();
		page.locator("#notes").fill("Went through the budgeting course.\nHe wants to retrain as an electrician.");
		follow(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save outcome")));
		PlaywrightAssertions.assertThat(page.locator(".govuk-notification-banner")).containsText("Outcome recorded");

		page.locator("#q").fill("electricians");
		follow(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filter")));
		PlaywrightAssertions.assertThat(page.locator("#contacts-count")).containsText("1 contact");
		PlaywrightAssertions.assertThat(page.locator("table")).containsText("He wants to retrain as an electrician.");
		assertAccessible();

		follow(page.locator("#add-case-note"));
		assertAccessible();
		follow(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the note")));
		PlaywrightAssertions.assertThat(page.locator(".govuk-error-summary"))
			.containsText("Select what kind of note it is");
		PlaywrightAssertions.assertThat(page.locator(".govuk-error-summary")).containsText("Write the note");
		assertAccessible();
		page.locator("#type-INFORMATION_RECEIVED").check();
		page.locator("#text").fill("The college confirmed his place on the electrical course.");
		follow(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the note")));
		PlaywrightAssertions.assertThat(page.locator(".govuk-notification-banner"))
			.containsText("Information received saved");
		PlaywrightAssertions.assertThat(page.locator("#case-notes-heading")).isVisible();
		PlaywrightAssertions.assertThat(page.locator(".op-note").first()).containsText("electrical course");
		assertAccessible();

		// the college's letter goes on the case
		visit("/cases/" + crn);
		follow(page.locator("#case-sections").getByText("Documents"));
		PlaywrightAssertions.assertThat(page.locator("#no-documents")).isVisible();
		assertAccessible();
		follow(page.locator("#upload-document"));
		assertAccessible();
		page.locator("#kind-LETTER_RECEIVED").check();
		page.locator("#title").fill("Letter from the college, place on the electrical course");
		page.locator("#file")
			.setInputFiles(new com.microsoft.playwright.options.FilePayload("college.pdf", "application/pdf",
					"<html><body>not a letter</body></html>".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		follow(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload")));
		PlaywrightAssertions.assertThat(page.locator(".govuk-error-summary"))
			.containsText("The file must be a PDF, a Word document or an image");
		PlaywrightAssertions.assertThat(page.locator("#title"))
			.hasValue("Letter from the college, place on the electrical course");
		assertAccessible();
		page.locator("#file")
			.setInputFiles(new com.microsoft.playwright.options.FilePayload("college.pdf", "application/pdf",
					org.openprobation.documents.TestFiles.pdf("Place confirmed")));
		follow(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload")));
		PlaywrightAssertions.assertThat(page.locator(".govuk-notification-banner")).containsText("uploaded");
		PlaywrightAssertions.assertThat(page.locator("#documents"))
			.containsText("Letter from the college, place on the electrical course");
		assertAccessible();
		follow(page.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName("Letter from the college, place on the electrical course")
					.setExact(true)));
		PlaywrightAssertions.assertThat(page.locator("#versions")).containsText("college.pdf");
		assertAccessible();
		com.microsoft.playwright.Download download = page.waitForDownload(
				() -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Download version 1")).click());
		org.assertj.core.api.Assertions.assertThat(download.suggestedFilename()).isEqualTo("college.pdf");
	}

}
