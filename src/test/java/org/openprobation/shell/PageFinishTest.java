package org.openprobation.shell;

import org.junit.jupiter.api.Test;
import org.openprobation.IntegrationTest;
import org.openprobation.TestHttp;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 29, item 5 (finish): a browser gets an HTML page for an unknown address or a bad
 * id, never JSON (the API keeps problem+json); a page whose form has errors says so first
 * in its title; the site has its own icon.
 */
@IntegrationTest
class PageFinishTest {

	@Value("${local.server.port}")
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aBrowserGetsAPageForAnUnknownAddressOrABadIdAndTheApiGetsJson() {
		TestHttp browser = TestHttp.signedIn(port, "practitioner");
		for (String path : new String[] { "/no-such-page", "/cases/NOTACRN/no-such-section", "/cases/NOTACRN",
				"/documents/999999999", "/tasks/xyz", "/appointments/abc/outcome", "/enforcement/abc/letter" }) {
			TestHttp.Response page = browser.page(path);
			assertThat(page.status()).as(path).isBetween(400, 404);
			assertThat(page.contentType()).as(path).startsWith("text/html");
			assertThat(page.body()).as(path).contains("govuk-heading-xl").doesNotContain("\"status\":");
		}
		String crn = jdbc.sql("""
				select trim(p.crn) from people.person p
				join people.responsible_officer ro on ro.person_id = p.id and ro.to_date is null
				join access.app_user u on u.staff_id = ro.staff_id and u.username = 'practitioner'
				where not p.restricted order by p.crn limit 1""").query(String.class).single();
		TestHttp.Response badPage = TestHttp.anonymous(port)
			.get("/api/v1/people/" + crn + "/contacts?page=abc", "practitioner");
		assertThat(badPage.status()).isEqualTo(400);
		assertThat(badPage.contentType()).startsWith("application/problem+json");
		assertThat(badPage.body()).contains("\"field\":\"page\"");
		for (String path : new String[] { "/api/v1/people/NOTACRN", "/api/v1/no-such-resource" }) {
			TestHttp.Response api = TestHttp.anonymous(port).get(path, "practitioner");
			assertThat(api.status()).as(path).isEqualTo(404);
			assertThat(api.contentType()).as(path).startsWith("application/problem+json");
		}
	}

	@Test
	void aFormWithErrorsSaysSoFirstInItsTitle() {
		String crn = jdbc.sql("""
				select trim(p.crn) from people.person p
				join people.responsible_officer ro on ro.person_id = p.id and ro.to_date is null
				join access.app_user u on u.staff_id = ro.staff_id and u.username = 'practitioner'
				where not p.restricted order by p.crn limit 1""").query(String.class).single();
		TestHttp practitioner = TestHttp.signedIn(port, "practitioner");
		String page = "/cases/" + crn + "/subject-access";
		assertThat(practitioner.page(page).body()).contains("<title>Copy of the record");
		TestHttp.Response refused = practitioner.postFormFrom(page, page, "identityChecked=");
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body()).contains("<title>Error: Copy of the record");
	}

	@Test
	void theSiteHasItsOwnIcon() {
		TestHttp.Response icon = TestHttp.anonymous(port).get("/favicon.ico", null);
		assertThat(icon.status()).isEqualTo(200);
		assertThat(TestHttp.signedIn(port, "practitioner").page("/").body()).contains("rel=\"icon\"");
	}

}
