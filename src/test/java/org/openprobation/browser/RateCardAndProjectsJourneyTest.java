package org.openprobation.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.openprobation.IntegrationTest;
import org.openprobation.TestHttp;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages issue 26 changed for services and projects: a referral another provider sent
 * as its receiver sees it, and a project's own page with its weekly sessions; each passes
 * the accessibility scan, with and without errors.
 */
@IntegrationTest
@org.junit.jupiter.api.extension.ExtendWith(org.openprobation.RemovesAddedOrganisation.class)
class RateCardAndProjectsJourneyTest extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void theCrcAnswersAReferralTheNpsSent() {
		assertThat(TestHttp.anonymous(port)
			.postJson("/api/v1/organisation/providers", "admin",
					"{\"code\": \"NPS-JRNY\", \"name\": \"NPS Journey\", \"type\": \"NPS_DIVISION\"}")
			.status()).isEqualTo(201);
		var chosen = jdbc.sql("""
				select p.id, p.provider_id, s.id as service from people.person p
				join interventions.service s on s.provider_id = p.provider_id and s.retired_on is null
				where not p.restricted and not exists (select 1 from interventions.referral r where r.person_id = p.id)
				  and not exists (select 1 from access.case_restriction e where e.person_id = p.id)
				order by p.id limit 1""")
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3) })
			.single();
		jdbc.sql(
				"update people.person set provider_id = (select id from organisation.provider where code = 'NPS-JRNY') "
						+ "where id = :id")
			.param("id", chosen[0])
			.update();
		long referral = jdbc.sql("""
				insert into interventions.referral (service_id, person_id, rar, reason, status, sent_on, referred_by,
				    updated_by)
				values (:service, :person, false, 'Debts before release', 'SENT', current_date, 'admin', 'admin')
				returning id""").param("service", chosen[2]).param("person", chosen[0]).query(Long.class).single();
		try {
			signIn("practitioner");
			visit("/interventions/" + chosen[2]);
			assertAccessible();
			follow(page.getByRole(AriaRole.LINK,
					new Page.GetByRoleOptions().setName("Answer the referral sent").setExact(false)));
			PlaywrightAssertions.assertThat(page.locator("#received")).containsText("NPS Journey");
			assertAccessible();
			follow(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")));
			PlaywrightAssertions.assertThat(page.locator(".govuk-error-summary")).isVisible();
			assertAccessible();
		}
		finally {
			jdbc.sql("delete from interventions.referral where id = :id").param("id", referral).update();
			jdbc.sql("update people.person set provider_id = :provider where id = :id")
				.param("provider", chosen[1])
				.param("id", chosen[0])
				.update();
		}
	}

	@Test
	void theUnpaidWorkTeamOpensAProjectAndItsWeeklySessions() {
		long project = jdbc
			.sql("""
					select p.id from unpaidwork.project p where p.active
					and exists (select 1 from unpaidwork.weekly_session w where w.project_id = p.id) order by p.id limit 1""")
			.query(Long.class)
			.single();
		signIn("unpaidwork");
		visit("/unpaid-work/projects/" + project);
		assertAccessible();
		page.locator("details.govuk-details summary").first().click();
		page.locator("input[name=capacity]").first().fill("99");
		follow(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the weekly session")).first());
		PlaywrightAssertions.assertThat(page.locator(".govuk-error-summary")).containsText("at most");
		assertAccessible();
		page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("");
		follow(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the details")));
		PlaywrightAssertions.assertThat(page.locator(".govuk-error-summary")).containsText("Enter the project");
		assertAccessible();
	}

}
