package org.openprobation.browser;

import java.nio.charset.StandardCharsets;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;
import org.openprobation.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
@org.junit.jupiter.api.extension.ExtendWith(org.openprobation.RemovesImportedStaff.class)
class StaffImportJourneyTest extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	private long imported() {
		return jdbc.sql("select count(*) from organisation.staff where code like 'JRNY-%'").query(Long.class).single();
	}

	@Test
	void anAdministratorImportsStaffAndAWrongRowImportsNothing() {
		String team = jdbc.sql("select code from organisation.team order by id limit 1").query(String.class).single();
		signIn("admin");
		visit("/organisation");
		follow(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Import staff from a spreadsheet")));
		assertAccessible();

		String header = "code,forename,surname,grade,team,contracted_hours,employment,start_date\n";
		String wrong = header + "JRNY-1,Ada,Okafor,PO," + team + ",37,EMPLOYED,2026-11-02\n"
				+ "JRNY-2,Ben,Ashworth,Chief," + team + ",99,EMPLOYED,2026-13-01\n";
		page.locator("#file")
			.setInputFiles(new FilePayload("intake.csv", "text/csv", wrong.getBytes(StandardCharsets.UTF_8)));
		follow(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import staff")));
		PlaywrightAssertions.assertThat(page.locator(".govuk-error-summary"))
			.containsText("Line 3 has a grade \"Chief\"");
		PlaywrightAssertions.assertThat(page.locator(".govuk-error-summary"))
			.containsText("Line 3 has contracted hours \"99\"");
		PlaywrightAssertions.assertThat(page.locator(".govuk-error-summary"))
			.containsText("Line 3 has a start date \"2026-13-01\"");
		assertAccessible();
		assertThat(imported()).isZero();

		String right = header + "JRNY-1,Ada,Okafor,PO," + team + ",37,EMPLOYED,2026-11-02\n"
				+ "JRNY-2,\"Ashworth, Ben\",Ashworth,PSO," + team + ",22.5,AGENCY,2026-11-09\n";
		page.locator("#file")
			.setInputFiles(new FilePayload("intake.csv", "text/csv", right.getBytes(StandardCharsets.UTF_8)));
		follow(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import staff")));
		PlaywrightAssertions.assertThat(page.locator(".govuk-notification-banner--success"))
			.containsText("2 members of staff imported: JRNY-1, JRNY-2");
		assertAccessible();
		assertThat(imported()).isEqualTo(2);
	}

}
