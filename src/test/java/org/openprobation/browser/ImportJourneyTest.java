package org.openprobation.browser;

import java.nio.charset.StandardCharsets;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;
import org.openprobation.IntegrationTest;
import org.openprobation.migration.ImportSets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The administrator's import pages (issue 27, item 4): the set chosen and checked, its
 * run followed to its end, a refused set's errors as a table and as a CSV; every page
 * passes the accessibility scan, with and without errors.
 */
@IntegrationTest
class ImportJourneyTest extends BrowserTest {

	@Test
	void anAdministratorImportsASetAndReadsWhatIsWrongWithIt() throws Exception {
		signIn("admin");
		visit("/");
		follow(page.locator("#imports-link"));
		assertAccessible();

		follow(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check and import")));
		PlaywrightAssertions.assertThat(page.locator(".govuk-error-summary"))
			.containsText("Select the ZIP file of the set to import");
		assertAccessible();

		java.util.Map<String, byte[]> files = new java.util.LinkedHashMap<>();
		files.put("export.csv",
				"format_version,provider_code,exported_at,cases_left_out\n9,LDX,2026-11-23T08:00:00Z,0\n"
					.getBytes(StandardCharsets.UTF_8));
		page.locator("#set").setInputFiles(new FilePayload("old-system.zip", "application/zip", ImportSets.zip(files)));
		follow(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check and import")));
		// the page says how far the run has got; it is asked again until the run has
		// finished
		org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(30))
			.pollInSameThread()
			.pollInterval(java.time.Duration.ofMillis(100))
			.until(() -> {
				if (page.locator("#check-again").count() == 0) {
					return true;
				}
				follow(page.locator("#check-again"));
				return false;
			});
		PlaywrightAssertions.assertThat(page.locator("#import-status")).containsText("Failed");
		PlaywrightAssertions.assertThat(page.locator("#errors"))
			.containsText("This platform reads format version 1; the set says 9.");
		assertAccessible();

		APIResponse csv = page.request()
			.get(java.net.URI.create(page.url()).resolve(page.locator("#errors-csv").getAttribute("href")).toString());
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.headers().get("content-type")).startsWith("text/csv");
		assertThat(csv.text()).startsWith("\"file\",\"line\",\"column\",\"message\"\r\n")
			.contains("\"export.csv\",2,\"format_version\",\"This platform reads format version 1; the set says 9.\"");

		visit("/settings/imports");
		PlaywrightAssertions.assertThat(page.locator("#imports")).containsText("old-system.zip");
		assertAccessible();
	}

}
