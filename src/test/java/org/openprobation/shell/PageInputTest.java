package org.openprobation.shell;

import org.junit.jupiter.api.Test;
import org.openprobation.IntegrationTest;
import org.openprobation.TestHttp;

import org.springframework.beans.factory.annotation.Value;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input on pages: a clear GOV.UK error, what was typed kept (escaped), never a stack
 * trace.
 */
@IntegrationTest
class PageInputTest {

	@Value("${local.server.port}")
	int port;

	private TestHttp.Response find(String query) {
		return TestHttp.signedIn(port, "practitioner").page("/people?q=" + query);
	}

	private static void noTechnicalDetail(TestHttp.Response response) {
		assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.").doesNotContain("SQL");
	}

	@Test
	void aTenThousandCharacterSearchIsExplained() {
		TestHttp.Response response = find("a".repeat(10_000));
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body()).contains("There is a problem").contains("Search must be 100 characters or fewer");
		noTechnicalDetail(response);
	}

	@Test
	void htmlInASearchIsNeverEchoedUnescaped() {
		TestHttp.Response response = find(TestHttp.encode("<script>alert('x')</script>"));
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body()).doesNotContain("<script>alert").contains("&lt;script&gt;");
		noTechnicalDetail(response);
	}

	@Test
	void quotesInANameSearchWork() {
		TestHttp.Response response = find(TestHttp.encode("\"O'Brien\""));
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body()).contains("found");
	}

	@Test
	void aMalformedPageNumberIsExplained() {
		TestHttp.Response response = find("smith&page=abc");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body()).contains("The page number must be a whole number from 1")
			.contains("value=\"smith\"");
	}

	@Test
	void anImpossibleDateOfBirthIsExplained() {
		TestHttp.Response response = find("31/02/1990");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body()).contains("Date of birth must be a real date");
	}

	@Test
	void anUnknownCaseIsAPlainNotFoundPage() {
		TestHttp.Response unknown = TestHttp.signedIn(port, "practitioner").page("/cases/Z999999");
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.body()).contains("Page not found").contains("no person on probation with that CRN");
		TestHttp.Response junk = TestHttp.signedIn(port, "practitioner").page("/cases/" + TestHttp.encode("<b>x"));
		assertThat(junk.status()).isEqualTo(404);
		assertThat(junk.body()).doesNotContain("<b>x");
		noTechnicalDetail(junk);
	}

	@Test
	void aFailedSignInKeepsTheUsernameAndExplains() {
		TestHttp http = TestHttp.anonymous(port);
		assertThat(http.get("/login?error", null).body()).contains("Enter a correct username and password");
	}

	@Test
	void practitionersSeeOnlyTheirOwnCaseloadAndNotTeamCaseloads() {
		TestHttp practitioner = TestHttp.signedIn(port, "practitioner");
		assertThat(practitioner.page("/caseload").status()).isEqualTo(200);
		assertThat(practitioner.page("/teams/LDN-T001/caseload").status()).isEqualTo(403);
		assertThat(practitioner.page("/team").status()).isEqualTo(403);
		assertThat(practitioner.page("/organisation").body()).doesNotContain("/teams/LDN-T001/caseload");
		assertThat(TestHttp.signedIn(port, "area").page("/organisation").body()).contains("/teams/LDN-T001/caseload");
	}

}
