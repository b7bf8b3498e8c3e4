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
class ProviderAllocationJourneyTest extends BrowserTest {

	@org.springframework.beans.factory.annotation.Autowired
	java.time.Clock clock;

	@Autowired
	JdbcClient jdbc;

	private void date(String field, LocalDate date) {
		page.locator("#" + field + "-day").fill(String.valueOf(date.getDayOfMonth()));
		page.locator("#" + field + "-month").fill(String.valueOf(date.getMonthValue()));
		page.locator("#" + field + "-year").fill(String.valueOf(date.getYear()));
	}

	@Test
	void aPractitionerRecordsANewSentenceAndSeesWhatTheAllocationRestedOn() {
		String crn = jdbc.sql("""
				select p.crn from people.person p
				join people.responsible_officer ro on ro.person_id = p.id and ro.to_date is null
				join access.app_user u on u.staff_id = ro.staff_id
				where u.username = 'practitioner'
				  and not exists (select 1 from assessment.registration g where g.person_id = p.id and g.type = 'MAPPA')
				  and not exists (select 1 from allocation.transfer_request t where t.person_id = p.id)
				order by p.crn limit 1
				""").query(String.class).single().trim();
		signIn("practitioner");
		visit("/cases/" + crn);
		follow(page.locator("#case-sections")
			.getByRole(AriaRole.LINK,
					new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Sentence and requirements")));
		follow(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record a new sentence")));
		assertAccessible();

		LocalDate today = LocalDate.now(clock);
		date("convictionDate", today.minusDays(3));
		page.locator("#court").fill("Westminster Magistrates' Court");
		page.getByLabel("Main offence").fill("Criminal damage to a bus shelter");
		page.locator("#offenceCategory").selectOption("CRIMINAL_DAMAGE");
		date("offenceDate", today.minusDays(30));
		page.locator("#kind-COMMUNITY_ORDER").check();
		date("sentenceDate", today.minusDays(10));
		page.getByLabel("Length in months").fill("12");
		follow(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record sentence")));
		PlaywrightAssertions.assertThat(page.locator(".govuk-error-summary"))
			.containsText("The date of sentence must be on or after the conviction");
		PlaywrightAssertions.assertThat(page.locator(".govuk-error-summary"))
			.containsText("A community order must have at least one requirement");
		assertThat(page.getByLabel("Main offence").inputValue()).isEqualTo("Criminal damage to a bus shelter");
		assertAccessible();

		date("sentenceDate", today.minusDays(2));
		page.locator("#requirement-UNPAID_WORK").check();
		page.locator("#amount-UNPAID_WORK").fill("80");
		page.locator("#roshLevel-MEDIUM").check();
		follow(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record sentence")));
		PlaywrightAssertions.assertThat(page.locator(".govuk-notification-banner"))
			.containsText("CRC: risk of serious harm is medium, not MAPPA-eligible");
		PlaywrightAssertions.assertThat(page.locator("main")).containsText("Criminal damage to a bus shelter");
		assertAccessible();
	}

	@Test
	@org.junit.jupiter.api.DisplayName("TRF-1: the area manager escalates a high-risk case and records the NPS acceptance")
	void theAreaManagerEscalatesAHighRiskCaseAndRecordsTheNpsAcceptance() {
		String crn = jdbc.sql("""
				select p.crn from people.person p
				join people.responsible_officer ro on ro.person_id = p.id and ro.to_date is null
				join organisation.staff s on s.id = ro.staff_id
				join organisation.office o on o.id = s.office_id
				join organisation.borough b on b.id = o.borough_id
				join access.app_user u on u.area_id = b.area_id and u.username = 'area'
				join lateral (select * from assessment.rosh_assessment r where r.person_id = p.id
				              order by assessed_on desc, id desc limit 1) r on true
				where 'HIGH' in (r.children, r.public_at_large, r.known_adult, r.staff, r.prisoners)
				  and not exists (select 1 from allocation.transfer_request t where t.person_id = p.id)
				order by p.id desc limit 1
				""").query(String.class).single().trim();
		signIn("area");
		visit("/cases/" + crn);
		follow(page.locator("#case-sections")
			.getByRole(AriaRole.LINK,
					new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Sentence and requirements")));
		follow(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Escalate to the NPS")));
		assertAccessible();
		follow(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Escalate to the NPS")));
		PlaywrightAssertions.assertThat(page.locator(".govuk-error-summary"))
			.containsText("Enter why the case is being escalated");
		assertAccessible();
		page.getByLabel("Why is the case being escalated?").fill("Threats to a new partner; RoSH reassessed as high");
		follow(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Escalate to the NPS")));
		PlaywrightAssertions.assertThat(page.locator(".govuk-notification-banner"))
			.containsText("Escalated to the NPS. Their decision is due by");
		assertAccessible();

		visit("/transfers");
		follow(page
			.getByRole(AriaRole.LINK,
					new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile("Record decision.*")))
			.first());
		assertAccessible();
		assertThat(page.locator("main").innerText()).contains(crn);
		page.locator("#decision-ACCEPTED").check();
		follow(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record decision")));
		PlaywrightAssertions.assertThat(page.locator(".govuk-error-summary"))
			.containsText("Enter the reasons the NPS gave");
		assertAccessible();
		page.getByLabel("The NPS's reasons").fill("High risk of serious harm to a known adult");
		follow(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record decision")));
		PlaywrightAssertions.assertThat(page.locator(".govuk-notification-banner"))
			.containsText("accepted by the NPS and transferred");
		assertAccessible();
		visit("/cases/" + crn);
		PlaywrightAssertions.assertThat(page.locator("#transferred-out"))
			.containsText("the National Probation Service");
	}

	@Test
	void theAreaManagerRecordsAReleaseOnLicence() {
		String crn = jdbc.sql("""
				select p.crn from people.person p
				join sentences.sentence s on s.person_id = p.id and s.status = 'ACTIVE' and s.kind = 'PRE_RELEASE'
				join people.responsible_officer ro on ro.person_id = p.id and ro.to_date is null
				join organisation.staff st on st.id = ro.staff_id
				join organisation.office o on o.id = st.office_id
				join organisation.borough b on b.id = o.borough_id
				join access.app_user u on u.area_id = b.area_id and u.username = 'area'
				where s.start_date < current_date - 30
				  and not exists (select 1 from allocation.transfer_request t where t.person_id = p.id)
				order by p.id desc limit 1
				""").query(String.class).single().trim();
		signIn("area");
		visit("/cases/" + crn);
		follow(page.locator("#case-sections")
			.getByRole(AriaRole.LINK,
					new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Sentence and requirements")));
		follow(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record a release on licence")));
		assertAccessible();
		follow(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record release")));
		PlaywrightAssertions.assertThat(page.locator(".govuk-error-summary")).containsText("Enter the date of release");
		assertAccessible();
		LocalDate today = LocalDate.now(clock);
		date("releaseDate", today);
		date("licenceEndDate", today.plusMonths(6));
		page.locator("#roshLevel-LOW").check();
		follow(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record release")));
		PlaywrightAssertions.assertThat(page.locator(".govuk-notification-banner")).containsText("Release recorded");
		PlaywrightAssertions.assertThat(page.locator(".govuk-notification-banner"))
			.containsText("CRC: risk of serious harm is low");
		assertAccessible();
	}

}
