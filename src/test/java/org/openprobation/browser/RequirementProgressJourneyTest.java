package org.openprobation.browser;

import java.time.LocalDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.openprobation.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 28's acceptance journey for requirements: after a RAR session is attended, the
 * case overview's progress for the requirement moves by a day and equals the RAR days the
 * contact history shows; the court adds a requirement and varies it, and the overview and
 * the requirement's history show each change.
 */
@IntegrationTest
class RequirementProgressJourneyTest extends BrowserTest {

	@Autowired
	java.time.Clock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	org.openprobation.assessment.Assessments assessments;

	record Rar(long personId, String crn, long requirementId, long staffId) {
	}

	private static final Pattern OVERVIEW = Pattern.compile("(\\d+) of (\\d+) days");

	private static final Pattern CONTACTS = Pattern.compile("(\\d+) used of (\\d+) ordered");

	@Test
	void aRarSessionAttendedMovesTheOverviewAndTheContactHistoryAlike() {
		Rar rar = jdbc
			.sql("""
					select p.id, trim(p.crn), r.id, ro.staff_id from people.person p
					join people.responsible_officer ro on ro.person_id = p.id and ro.to_date is null
					join access.app_user u on u.staff_id = ro.staff_id and u.username = 'practitioner'
					join sentences.sentence s on s.person_id = p.id and s.status = 'ACTIVE'
					join sentences.requirement r on r.sentence_id = s.id and r.kind = 'REHABILITATION_ACTIVITY'
					  and r.status = 'ACTIVE' and r.amount_ordered is not null
					where not p.restricted
					  and r.amount_done + (select count(distinct c.starts_at::date) from contacts.contact c
					      where c.requirement_id = r.id and c.rar and c.outcome in ('ATTENDED_COMPLIED', 'ATTENDED_FAILED_TO_COMPLY'))
					      < r.amount_ordered - 1
					order by p.crn limit 1""")
			.query((rs, n) -> new Rar(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4)))
			.single();
		// yesterday afternoon, a day with no other RAR contact: a session waiting for its
		// outcome
		LocalDateTime start = LocalDateTime.now(clock).minusDays(1).withHour(14).withMinute(0);
		long contact = jdbc
			.sql("""
					insert into contacts.contact (person_id, staff_id, type, starts_at, ends_at, location, requirement_id, rar,
					  booked_by)
					values (:p, :staff, 'INTERVENTION_SESSION', :start, :end, 'Office', :r, true, 'practitioner') returning id""")
			.param("p", rar.personId())
			.param("staff", rar.staffId())
			.param("start", start)
			.param("end", start.plusHours(1))
			.param("r", rar.requirementId())
			.query(Long.class)
			.single();
		try {
			signIn("practitioner");
			int[] before = progress(rar);
			visit("/appointments/" + contact + "/outcome");
			page.locator("#outcome-ATTENDED_COMPLIED").check();
			follow(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save outcome")));
			PlaywrightAssertions.assertThat(page.locator(".govuk-notification-banner")).isVisible();
			assertAccessible();
			int[] after = progress(rar);
			assertThat(after[0]).isEqualTo(before[0] + 1);
		}
		finally {
			jdbc.sql("delete from contacts.contact where id = :id").param("id", contact).update();
		}
	}

	@Test
	void theCourtAddsADrugRehabilitationRequirementAndVariesItAndEachChangeShows() {
		record Order(long personId, String crn, long sentenceId) {
		}
		Order order = jdbc.sql("""
				select p.id, trim(p.crn), s.id from people.person p
				join people.responsible_officer ro on ro.person_id = p.id and ro.to_date is null
				join access.app_user u on u.staff_id = ro.staff_id and u.username = 'practitioner'
				join sentences.sentence s on s.person_id = p.id and s.status = 'ACTIVE'
				  and s.kind in ('COMMUNITY_ORDER', 'SUSPENDED_SENTENCE_ORDER')
				  and s.expected_end_date > :later
				where not p.restricted and p.transferred_out_on is null
				  and not exists (select 1 from sentences.requirement r where r.sentence_id = s.id
				                  and r.status = 'ACTIVE' and r.kind = 'DRUG_REHABILITATION')
				order by p.crn desc limit 1""")
			.param("later", java.time.LocalDate.now(clock).plusMonths(7))
			.query((rs, n) -> new Order(rs.getLong(1), rs.getString(2), rs.getLong(3)))
			.single();
		java.time.LocalDate today = java.time.LocalDate.now(clock);
		try {
			signIn("practitioner");
			visit("/cases/" + order.crn() + "/sentence");
			follow(page.locator("#add-requirement-" + order.sentenceId()));
			assertAccessible();
			page.locator("#kind-DRUG_REHABILITATION").check();
			fillDate("start", today);
			fillDate("end", today.plusMonths(6));
			follow(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the requirement")));
			// no reason: the error summary, and what was typed kept
			PlaywrightAssertions.assertThat(page.locator(".govuk-error-summary")).containsText("Give the court");
			PlaywrightAssertions.assertThat(page.locator("#kind-DRUG_REHABILITATION")).isChecked();
			assertAccessible();
			page.locator("#reason").fill("Order amended on application");
			follow(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the requirement")));
			PlaywrightAssertions.assertThat(page.locator(".govuk-notification-banner"))
				.containsText("Drug rehabilitation (DRR) added to the order");
			long drr = jdbc.sql("""
					select id from sentences.requirement where sentence_id = :s and kind = 'DRUG_REHABILITATION'
					and status = 'ACTIVE'""").param("s", order.sentenceId()).query(Long.class).single();
			PlaywrightAssertions.assertThat(page.locator("#progress-" + drr))
				.hasText("In force: 0 drug tests; 0 court reviews attended");
			follow(page.locator("#change-requirement-" + drr));
			assertAccessible();
			page.locator("#change-VARIED").check();
			fillDate("on", today);
			fillDate("newEnd", today.plusMonths(4));
			page.locator("#reason").fill("Shortened by the court");
			follow(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the change")));
			PlaywrightAssertions.assertThat(page.locator(".govuk-notification-banner")).containsText("varied");
			visit("/cases/" + order.crn() + "/requirements/" + drr + "/change");
			PlaywrightAssertions.assertThat(page.locator("#requirement-history")).containsText("Varied by the court");
			PlaywrightAssertions.assertThat(page.locator("#requirement-history"))
				.containsText("Shortened by the court");
		}
		finally {
			jdbc.sql("""
					delete from sentences.requirement r where r.sentence_id = :s and exists (select 1
					from sentences.requirement_change c where c.requirement_id = r.id and c.change = 'ADDED'
					and c.recorded_by = 'practitioner')""").param("s", order.sentenceId()).update();
			assessments.recomputeTier(order.personId(), "Test data removed");
		}
	}

	private void fillDate(String field, java.time.LocalDate date) {
		page.locator("#" + field + "-day").fill(String.valueOf(date.getDayOfMonth()));
		page.locator("#" + field + "-month").fill(String.valueOf(date.getMonthValue()));
		page.locator("#" + field + "-year").fill(String.valueOf(date.getYear()));
	}

	/**
	 * The requirement's days done on the overview, having checked the contact history
	 * agrees.
	 */
	private int[] progress(Rar rar) {
		String crn = rar.crn();
		visit("/cases/" + crn + "/sentence");
		Matcher overview = OVERVIEW.matcher(page.locator("#progress-" + rar.requirementId()).textContent());
		assertThat(overview.find()).isTrue();
		visit("/cases/" + crn + "/contacts");
		Matcher contacts = CONTACTS.matcher(page.locator("main").textContent());
		assertThat(contacts.find()).isTrue();
		assertThat(contacts.group(1)).isEqualTo(overview.group(1));
		assertThat(contacts.group(2)).isEqualTo(overview.group(2));
		return new int[] { Integer.parseInt(overview.group(1)), Integer.parseInt(overview.group(2)) };
	}

}
