package org.openprobation.shell;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.openprobation.IntegrationTest;
import org.openprobation.TestHttp;
import org.openprobation.access.Users;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 29, item 1: the home page shows the user's day: appointments today, outcomes to
 * record, what is due this week and, for managers, what awaits them.
 */
@IntegrationTest
class HomeTodayTest {

	@Value("${local.server.port}")
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DayViews days;

	@Autowired
	Users users;

	@Autowired
	java.time.Clock clock;

	@Test
	void aPractitionersDayIsTheirDiaryTodayAndTheirList() {
		LocalDate today = LocalDate.now(clock);
		long booked = jdbc.sql("""
				select count(*) from contacts.contact c join access.app_user u on u.staff_id = c.staff_id
				join people.person p on p.id = c.person_id
				where u.username = 'practitioner' and c.starts_at >= :from and c.starts_at < :to
				""")
			.param("from", today.atStartOfDay())
			.param("to", today.plusDays(1).atStartOfDay())
			.query(Long.class)
			.single();
		DayViews.Day day = days.of(users.find("practitioner").orElseThrow());
		// every booking today, those of cases the officer may not see counted apart
		assertThat(day.bookings().size() + day.hiddenBookings()).isEqualTo((int) booked);
		assertThat(day.bookings()).isSortedAccordingTo(
				java.util.Comparator.comparing((DayViews.Booking b) -> b.contact().start(), LocalDateTime::compareTo));
		assertThat(day.list()).isNotNull();
		assertThat(day.list().dueThisWeek()).isGreaterThanOrEqualTo(day.list().overdue());
		assertThat(day.breachesToCountersign()).isNull();

		String home = TestHttp.signedIn(port, "practitioner").page("/").body();
		assertThat(home).contains("id=\"today\"", "Your appointments", "overdue", "due within 7 days",
				"outcomes to record");
	}

	@Test
	void aManagersDayNamesWhatAwaitsThem() {
		DayViews.Day day = days.of(users.find("manager").orElseThrow());
		assertThat(day.breachesToCountersign()).isNotNull();
		String home = TestHttp.signedIn(port, "manager").page("/").body();
		assertThat(home).contains("id=\"day-breaches\"", "to countersign");
		// roles without a caseload or a team have no day to show
		assertThat(days.of(users.find("inspector").orElseThrow()).bookings()).isNull();
		assertThat(TestHttp.signedIn(port, "inspector").page("/").body()).doesNotContain("id=\"today\"");
	}

}
