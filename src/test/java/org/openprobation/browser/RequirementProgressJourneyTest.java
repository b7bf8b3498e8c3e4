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
 * contact history shows.
 */
@IntegrationTest
class RequirementProgressJourneyTest extends BrowserTest {

	@Autowired
	java.time.Clock clock;

	@Autowired
	JdbcClient jdbc;

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

	/**
	 * The requirement's days done on the overview, having checked the contact history
	 * agrees.
	 */
	private int[] progress(Rar rar) {
		String crn = rar.crn();
		visit("/cases/" + crn);
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
