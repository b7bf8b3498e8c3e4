package org.openprobation.browser;

import java.time.LocalDate;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.openprobation.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 28's acceptance journey for management oversight: a team manager returns a
 * high-risk case's sentence plan with reasons, and the practitioner finds it on their
 * list, with the reasons, and goes to the plan from there.
 */
@IntegrationTest
class ManagementOversightJourneyTest extends BrowserTest {

	@Autowired
	java.time.Clock clock;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aManagerReturnsAPlanAndThePractitionerSeesTheTask() {
		record Case(long id, String crn) {
		}
		Case held = jdbc.sql("""
				select p.id, trim(p.crn) from people.person p
				join people.responsible_officer ro on ro.person_id = p.id and ro.to_date is null
				join access.app_user u on u.staff_id = ro.staff_id and u.username = 'practitioner'
				where not p.restricted order by p.crn desc offset 31 limit 1""")
			.query((rs, n) -> new Case(rs.getLong(1), rs.getString(2)))
			.single();
		LocalDate today = LocalDate.now(clock);
		long rosh = jdbc.sql("""
				insert into assessment.rosh_assessment (person_id, assessed_on, children, public_at_large, known_adult,
				  staff, prisoners, who_is_at_risk, nature_of_harm, risk_management_plan, author)
				values (:p, :on, 'LOW', 'HIGH', 'LOW', 'LOW', 'LOW', 'A former partner', 'Violence', 'Weekly contact',
				  'practitioner') returning id""").param("p", held.id()).param("on", today).query(Long.class).single();
		long plan = jdbc.sql("""
				insert into planning.plan (person_id, created_on, due_by, changed_on, changed_by)
				values (:p, :on, :on, :on, 'practitioner')
				on conflict (person_id) do update set version = planning.plan.version + 1, changed_on = :on,
				  changed_by = 'practitioner'
				returning id""").param("p", held.id()).param("on", today).query(Long.class).single();
		long objective = jdbc.sql("""
				insert into planning.objective (plan_id, text, addresses_risk_of_harm, target_date, created_by)
				values (:plan, 'Keep away from the former partner', true, :target, 'practitioner') returning id""")
			.param("plan", plan)
			.param("target", today.plusMonths(3))
			.query(Long.class)
			.single();
		try {
			signIn("manager");
			visit("/cases/" + held.crn() + "/plan");
			PlaywrightAssertions.assertThat(page.locator("#plan-countersignature"))
				.containsText("Awaiting countersignature");
			follow(page.locator("#countersign-plan"));
			assertAccessible();
			page.getByLabel("Return it to the officer to revise").check();
			follow(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save decision")));
			PlaywrightAssertions.assertThat(page.locator(".govuk-error-summary"))
				.containsText("Enter why you are returning it");
			assertAccessible();
			page.getByLabel("Reasons").fill("The plan says nothing about the children: add an objective");
			follow(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save decision")));
			PlaywrightAssertions.assertThat(page.locator(".govuk-notification-banner"))
				.containsText("Sentence plan returned to the officer");
			PlaywrightAssertions.assertThat(page.locator("#plan-countersignature"))
				.containsText("Returned to the officer");
			assertAccessible();

			closeContext();
			newContext();
			signIn("practitioner");
			visit("/tasks");
			follow(page.locator("#task-counts").getByText("Returned by a manager to revise"));
			assertAccessible();
			PlaywrightAssertions.assertThat(page.locator("#tasks"))
				.containsText("The plan says nothing about the children: add an objective");
			follow(page.locator("#tasks a[href='/cases/" + held.crn() + "/plan']"));
			PlaywrightAssertions.assertThat(page.locator("#plan-countersignature"))
				.containsText("The plan says nothing about the children: add an objective");
			assertAccessible();
		}
		finally {
			jdbc.sql("delete from assessment.rosh_assessment where id = :id").param("id", rosh).update();
			jdbc.sql("delete from planning.objective where id = :id").param("id", objective).update();
			jdbc.sql("delete from planning.countersignature where plan_id = :id").param("id", plan).update();
		}
	}

}
