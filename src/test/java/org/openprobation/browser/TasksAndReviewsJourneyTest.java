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
 * Issue 28, item 4 in the browser: a practitioner reviews a registration from their list
 * and sets a task for their manager; the manager finds it on the team's list,
 * countersigns the case's RoSH assessment, and marks the task done.
 */
@IntegrationTest
class TasksAndReviewsJourneyTest extends BrowserTest {

	@Autowired
	java.time.Clock clock;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aPractitionerReviewsARegistrationAndSetsATaskTheManagerCompletes() {
		record Case(long id, String crn) {
		}
		Case held = jdbc.sql("""
				select p.id, trim(p.crn) from people.person p
				join people.responsible_officer ro on ro.person_id = p.id and ro.to_date is null
				join access.app_user u on u.staff_id = ro.staff_id and u.username = 'practitioner'
				where not p.restricted order by p.crn desc offset 35 limit 1""")
			.query((rs, n) -> new Case(rs.getLong(1), rs.getString(2)))
			.single();
		LocalDate today = LocalDate.now(clock);
		long registration = jdbc.sql("""
				insert into assessment.registration (person_id, type, start_date, next_review_date, added_by)
				values (:p, 'VULNERABILITY', :start, :review, 'practitioner') returning id""")
			.param("p", held.id())
			.param("start", today.minusMonths(6))
			.param("review", today.minusDays(1))
			.query(Long.class)
			.single();
		long rosh = jdbc.sql("""
				insert into assessment.rosh_assessment (person_id, assessed_on, children, public_at_large, known_adult,
				  staff, prisoners, who_is_at_risk, nature_of_harm, risk_management_plan, author)
				values (:p, :on, 'LOW', 'VERY_HIGH', 'LOW', 'LOW', 'LOW', 'Members of the public', 'Violence',
				  'Weekly contact', 'practitioner') returning id""")
			.param("p", held.id())
			.param("on", today)
			.query(Long.class)
			.single();
		try {
			signIn("practitioner");
			visit("/tasks?kind=REGISTRATION_REVIEW_DUE&overdue=yes");
			follow(page
				.locator("#tasks a[href='/cases/" + held.crn() + "/registrations/" + registration + "/review']"));
			assertAccessible();
			follow(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save review")));
			PlaywrightAssertions.assertThat(page.locator(".govuk-error-summary"))
				.containsText("Enter the review's decision");
			assertAccessible();
			LocalDate next = today.plusMonths(6);
			page.getByLabel("Decision").fill("Still vulnerable: lives alone since the move");
			page.locator("#nextReviewDate-day").fill(String.valueOf(next.getDayOfMonth()));
			page.locator("#nextReviewDate-month").fill(String.valueOf(next.getMonthValue()));
			page.locator("#nextReviewDate-year").fill(String.valueOf(next.getYear()));
			follow(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save review")));
			PlaywrightAssertions.assertThat(page.locator(".govuk-notification-banner"))
				.containsText("Registration reviewed");
			assertAccessible();

			follow(page.locator("#case-sections").getByText("Overview"));
			follow(page.locator("#set-task-link"));
			assertAccessible();
			page.getByLabel("What needs doing").fill("Countersign the new risk assessment today");
			LocalDate due = today.plusDays(1);
			page.locator("#dueOn-day").fill(String.valueOf(due.getDayOfMonth()));
			page.locator("#dueOn-month").fill(String.valueOf(due.getMonthValue()));
			page.locator("#dueOn-year").fill(String.valueOf(due.getYear()));
			page.locator("#assignee-manager").check();
			follow(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Set task")));
			PlaywrightAssertions.assertThat(page.locator(".govuk-notification-banner"))
				.containsText("it is on their things to do");

			closeContext();
			newContext();
			signIn("manager");
			visit("/tasks?kind=SET_TASK");
			follow(page
				.locator("#tasks tbody tr",
						new Page.LocatorOptions().setHasText("Countersign the new risk assessment today"))
				.locator("a")
				.first());
			PlaywrightAssertions.assertThat(page.locator("h1")).containsText("Countersign the new risk assessment");
			assertAccessible();
			visit("/cases/" + held.crn() + "/risk");
			follow(page.locator("#countersign-rosh"));
			assertAccessible();
			page.getByLabel("Countersign it").check();
			follow(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save decision")));
			PlaywrightAssertions.assertThat(page.locator("#rosh-countersignature")).containsText("Countersigned");
			assertAccessible();
			visit("/tasks?kind=SET_TASK");
			follow(page
				.locator("#tasks tbody tr",
						new Page.LocatorOptions().setHasText("Countersign the new risk assessment today"))
				.locator("a")
				.first());
			follow(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark as done")));
			PlaywrightAssertions.assertThat(page.locator(".govuk-notification-banner")).containsText("Task done");
			assertAccessible();
		}
		finally {
			jdbc.sql("delete from assessment.registration where id = :id").param("id", registration).update();
			jdbc.sql("delete from assessment.rosh_assessment where id = :id").param("id", rosh).update();
			jdbc.sql("delete from tasks.task where person_id = :p").param("p", held.id()).update();
		}
	}

}
