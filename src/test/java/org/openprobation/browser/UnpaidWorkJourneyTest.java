package org.openprobation.browser;

import java.time.LocalDateTime;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.openprobation.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class UnpaidWorkJourneyTest extends BrowserTest {

	@org.springframework.beans.factory.annotation.Autowired
	java.time.Clock clock;

	@Autowired
	JdbcClient jdbc;

	private String personWithUnpaidWork(int offset) {
		return jdbc.sql("""
				select p.crn from people.person p
				join sentences.sentence s on s.person_id = p.id and s.status = 'ACTIVE'
				join sentences.requirement r on r.sentence_id = s.id and r.kind = 'UNPAID_WORK' and r.status = 'ACTIVE'
				join unpaidwork.induction ind on ind.requirement_id = r.id
				where p.transferred_out_on is null and r.end_date > current_date + 60 and p.gender = 'MALE'
				  and not exists (select 1 from assessment.registration g where g.person_id = p.id)
				order by p.crn offset :offset limit 1
				""").param("offset", offset).query(String.class).single().trim();
	}

	private long session(int capacity, LocalDateTime start) {
		return jdbc
			.sql("""
					insert into unpaidwork.session (project_id, starts_at, ends_at, capacity)
					select id, :start, :end, :capacity from unpaidwork.project where not women_only and not involves_children
					order by id limit 1 offset 3 returning id
					""")
			.param("start", start)
			.param("end", start.plusHours(4))
			.param("capacity", capacity)
			.query(Long.class)
			.single();
	}

	@Test
	void aFullSessionRefusesTheBookingAndOffersTheWaitingList() {
		long session = session(1,
				LocalDateTime.now(clock).plusDays(45).withHour(5).withMinute(0).withSecond(0).withNano(0));
		signIn("unpaidwork");
		visit("/unpaid-work/sessions/" + session);
		assertAccessible();
		page.locator("#crn").fill(personWithUnpaidWork(30));
		follow(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Book").setExact(true)));
		PlaywrightAssertions.assertThat(page.locator("#places")).containsText("1 of 1 places booked");
		String second = personWithUnpaidWork(31);
		page.locator("#crn").fill(second);
		follow(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Book").setExact(true)));
		PlaywrightAssertions.assertThat(page.locator(".govuk-error-summary")).containsText("The session is full");
		assertThat(page.locator("#crn").inputValue()).isEqualTo(second);
		assertAccessible();
		follow(page.locator("#join-waiting-list"));
		PlaywrightAssertions.assertThat(page.locator("#waiting")).containsText(second);
		assertAccessible();
	}

	@Test
	void theSupervisorMarksAttendanceOnAPhone() {
		page.setViewportSize(390, 844);
		String crn = personWithUnpaidWork(32);
		LocalDateTime start = LocalDateTime.now(clock).plusDays(46).withHour(5).withMinute(0).withSecond(0).withNano(0);
		long session = session(10, start);
		signIn("unpaidwork");
		visit("/unpaid-work/sessions/" + session);
		page.locator("#crn").fill(crn);
		follow(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Book").setExact(true)));
		// the day comes: the session started an hour ago
		// (a session lies within one day: near midnight it starts at midnight or ends at
		// 23:59)
		LocalDateTime now = LocalDateTime.now(clock).withSecond(0).withNano(0);
		LocalDateTime begun = now.minusHours(1).toLocalDate().equals(now.toLocalDate()) ? now.minusHours(1)
				: now.toLocalDate().atStartOfDay();
		LocalDateTime ends = begun.plusHours(4).toLocalDate().equals(begun.toLocalDate()) ? begun.plusHours(4)
				: begun.toLocalDate().atTime(23, 59);
		jdbc.sql("update unpaidwork.session set starts_at = :s, ends_at = :e where id = :id")
			.param("s", begun)
			.param("e", ends)
			.param("id", session)
			.update();
		jdbc.sql("""
				update contacts.contact c set starts_at = :s, ends_at = :e
				from unpaidwork.booking b where b.session_id = :id and b.contact_id = c.id
				""").param("s", begun).param("e", ends).param("id", session).update();
		visit("/unpaid-work/sessions/" + session);
		assertAccessible();
		page.locator("input[value=ATTENDED]").check();
		page.locator("input[name=arrived]").fill(begun.toLocalTime().minusMinutes(30).toString());
		page.locator("input[name=left]").fill(begun.toLocalTime().plusHours(1).toString());
		follow(page.getByRole(AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile("^Save"))));
		PlaywrightAssertions.assertThat(page.locator(".govuk-error-summary")).containsText("within the session");
		assertAccessible();
		page.locator("input[value=ATTENDED]").check();
		page.locator("input[name=arrived]").fill(begun.toLocalTime().toString());
		follow(page.getByRole(AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile("^Save"))));
		PlaywrightAssertions.assertThat(page.locator(".govuk-notification-banner")).containsText("0:30 hours credited");
		// the save returns to the same person, named, not to the top of the register
		long booking = jdbc.sql("select id from unpaidwork.booking where session_id = :s")
			.param("s", session)
			.query(Long.class)
			.single();
		assertThat(page.url()).endsWith("#entry-" + booking);
		PlaywrightAssertions.assertThat(page.locator("#saved-" + booking)).isVisible();
		String name = jdbc.sql("select forename || ' ' || surname from people.person where crn = :crn")
			.param("crn", crn)
			.query(String.class)
			.single();
		PlaywrightAssertions.assertThat(page.locator(".govuk-notification-banner")).containsText(name);
		assertAccessible();
		assertNoSidewaysScroll();

		// a wrong time is corrected in place, with its reason kept
		page.locator("#entry-" + booking + " .govuk-details__summary").click();
		PlaywrightAssertions.assertThat(page.locator("#fix-left-" + booking)).hasAttribute("inputmode", "decimal");
		PlaywrightAssertions.assertThat(page.locator("#fix-breakMinutes-" + booking))
			.hasAttribute("inputmode", "numeric");
		page.locator("#fix-left-" + booking).fill(begun.toLocalTime().plusMinutes(45).toString());
		follow(page.getByRole(AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile("^Save the correction"))));
		PlaywrightAssertions.assertThat(page.locator(".govuk-error-summary"))
			.containsText("Say why the entry is corrected");
		assertAccessible();
		page.locator("#correctionReason-" + booking).fill("Left at a quarter to, not half past");
		follow(page.getByRole(AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile("^Save the correction"))));
		PlaywrightAssertions.assertThat(page.locator(".govuk-notification-banner"))
			.containsText("corrected, 0:15 hours credited");
		PlaywrightAssertions.assertThat(page.locator("#corrections-" + booking)).containsText("Left at a quarter to");
		PlaywrightAssertions.assertThat(page.locator("#corrections-" + booking)).containsText("was");
		assertThat(jdbc.sql("select minutes_credited from unpaidwork.booking where id = :b")
			.param("b", booking)
			.query(Integer.class)
			.single()).isEqualTo(15);
		assertAccessible();
		assertNoSidewaysScroll();

		// the supervisor's own sessions come first; the rest of the day's wait behind a
		// disclosure
		visit("/unpaid-work/sessions");
		long mine = jdbc.sql("""
				select count(*) from unpaidwork.session s join access.app_user u on u.staff_id = s.supervisor_staff_id
				where u.username = 'unpaidwork' and s.starts_at::date = :today""")
			.param("today", LocalDateTime.now(clock).toLocalDate())
			.query(Long.class)
			.single();
		if (mine > 0) {
			PlaywrightAssertions.assertThat(page.locator("#my-sessions tbody tr")).hasCount((int) mine);
			PlaywrightAssertions.assertThat(page.locator("#other-sessions")).not().hasAttribute("open", "");
		}
		assertAccessible();
		assertNoSidewaysScroll();
	}

	private void assertNoSidewaysScroll() {
		assertThat((Boolean) page
			.evaluate("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
			.as("no sideways scroll on %s", page.url())
			.isTrue();
	}

	@Test
	void anOfficerBooksASessionFromTheCase() {
		String crn = jdbc.sql("""
				select p.crn from people.person p
				join people.responsible_officer ro on ro.person_id = p.id and ro.to_date is null
				join access.app_user u on u.staff_id = ro.staff_id and u.username = 'practitioner'
				join sentences.sentence s on s.person_id = p.id and s.status = 'ACTIVE'
				join sentences.requirement r on r.sentence_id = s.id and r.kind = 'UNPAID_WORK' and r.status = 'ACTIVE'
				join unpaidwork.induction ind on ind.requirement_id = r.id
				where r.end_date > current_date + 30 order by p.crn limit 1
				""").query(String.class).single().trim();
		signIn("practitioner");
		visit("/cases/" + crn);
		follow(page.locator("#case-sections").getByText("Unpaid work"));
		PlaywrightAssertions.assertThat(page.locator("#progress")).containsText("Hours remaining");
		assertAccessible();
		int before = page.locator("#bookings tbody tr").count();
		follow(page.locator("#bookable button").first());
		PlaywrightAssertions.assertThat(page.locator(".govuk-notification-banner")).containsText("is booked");
		assertThat(page.locator("#bookings tbody tr").count()).isEqualTo(before + 1);
		assertAccessible();
	}

}
