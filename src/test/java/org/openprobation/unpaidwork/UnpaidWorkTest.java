package org.openprobation.unpaidwork;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.openprobation.unpaidwork.application.SessionBookings;
import org.openprobation.unpaidwork.application.SessionOutcomes;
import org.openprobation.IntegrationTest;
import org.openprobation.access.CurrentUser;
import org.openprobation.access.Users;
import org.openprobation.contacts.Appointments;
import org.openprobation.contacts.ContactType;
import org.openprobation.shared.BadRequest;
import org.openprobation.shared.Conflict;
import org.openprobation.shared.Crn;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Unpaid work on the real database: capacity under concurrency, clashes, the register.
 */
@IntegrationTest
class UnpaidWorkTest {

	@org.springframework.beans.factory.annotation.Autowired
	java.time.Clock clock;

	@Autowired
	UnpaidWork unpaidWork;

	@Autowired
	SessionBookings bookings;

	@Autowired
	SessionOutcomes outcomes;

	@Autowired
	Appointments appointments;

	@Autowired
	org.openprobation.contacts.application.AppointmentBookings appointmentBookings;

	@Autowired
	Users users;

	@Autowired
	JdbcClient jdbc;

	private CurrentUser staff() {
		return users.find("unpaidwork").orElseThrow();
	}

	/**
	 * People with an active unpaid work requirement ending after the given days from now.
	 */
	private List<Crn> peopleWithUnpaidWork(int count, int offset) {
		return jdbc.sql("""
				select p.crn from people.person p
				join sentences.sentence s on s.person_id = p.id and s.status = 'ACTIVE'
				join sentences.requirement r on r.sentence_id = s.id and r.kind = 'UNPAID_WORK' and r.status = 'ACTIVE'
				join unpaidwork.induction ind on ind.requirement_id = r.id
				where p.transferred_out_on is null and p.gender = 'MALE' and r.end_date > current_date + 60
				  and not exists (select 1 from assessment.registration g where g.person_id = p.id)
				order by p.crn desc offset :offset limit :count
				""")
			.param("offset", offset)
			.param("count", count)
			.query(String.class)
			.list()
			.stream()
			.map(c -> Crn.parse(c.trim()).orElseThrow())
			.toList();
	}

	/** A new session of a demo project at an hour nobody else is booked, far ahead. */
	private long newSession(int capacity, LocalDateTime start) {
		return jdbc.sql("""
				insert into unpaidwork.session (project_id, starts_at, ends_at, capacity)
				select id, :start, :end, :capacity from unpaidwork.project
				where not women_only and not involves_children and provider_id =
				    (select provider_id from access.app_user where username = 'unpaidwork')
				order by id limit 1 returning id
				""")
			.param("start", start)
			.param("end", start.plusHours(3))
			.param("capacity", capacity)
			.query(Long.class)
			.single();
	}

	/**
	 * Time passes: the session (and its bookings' contacts) started an hour ago, or
	 * earlier in the day late in the evening, so that its three hours stay within one day
	 * (as sessions do) whenever the test runs.
	 */
	private LocalDateTime started(long sessionId) {
		LocalDateTime now = LocalDateTime.now(clock).withSecond(0).withNano(0);
		LocalDateTime start = now.minusHours(1);
		if (!start.toLocalDate().equals(now.toLocalDate())) {
			start = now.toLocalDate().atStartOfDay();
		}
		if (start.isAfter(now.toLocalDate().atTime(20, 59))) {
			start = now.toLocalDate().atTime(20, 59);
		}
		jdbc.sql("update unpaidwork.session set starts_at = :s, ends_at = :e where id = :id")
			.param("s", start)
			.param("e", start.plusHours(3))
			.param("id", sessionId)
			.update();
		jdbc.sql("""
				update contacts.contact c set starts_at = :s, ends_at = :e
				from unpaidwork.booking b where b.session_id = :id and b.contact_id = c.id
				""").param("s", start).param("e", start.plusHours(3)).param("id", sessionId).update();
		return start;
	}

	@Test
	void theDemoHasAboutOneHundredAndFiftyProjectsAndNoSessionIsOverbooked() {
		long projects = jdbc.sql("select count(*) from unpaidwork.project").query(Long.class).single();
		assertThat(projects).isBetween(120L, 180L);
		assertThat(jdbc
			.sql("""
					select count(*) from unpaidwork.session s
					where (select count(*) from unpaidwork.booking b where b.session_id = s.id and b.status = 'BOOKED') > s.capacity
					""")
			.query(Long.class)
			.single()).isZero();
		assertThat(jdbc.sql("select count(*) from unpaidwork.booking where attendance = 'STOOD_DOWN'")
			.query(Long.class)
			.single()).isPositive();
		assertThat(
				jdbc.sql("select count(*) from unpaidwork.booking where contact_id is null").query(Long.class).single())
			.isZero();
	}

	@Test
	void twoPeopleBookingTheLastPlaceAtOnceCannotBothGetIt() throws Exception {
		List<Crn> two = peopleWithUnpaidWork(2, 0);
		long session = newSession(1,
				LocalDateTime.now(clock).plusDays(30).withHour(5).withMinute(0).withSecond(0).withNano(0));
		CountDownLatch go = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<String>> results = new ArrayList<>();
			for (Crn crn : two) {
				results.add(pool.submit(() -> {
					go.await();
					try {
						bookings.book(staff(), session, crn);
						return "booked";
					}
					catch (UnpaidWork.SessionFull full) {
						return "full";
					}
				}));
			}
			go.countDown();
			List<String> outcomes = new ArrayList<>();
			for (Future<String> result : results) {
				outcomes.add(result.get());
			}
			assertThat(outcomes).containsExactlyInAnyOrder("booked", "full");
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(jdbc.sql("select count(*) from unpaidwork.booking where session_id = :s and status = 'BOOKED'")
			.param("s", session)
			.query(Long.class)
			.single()).isEqualTo(1L);
	}

	@Test
	void aBookingThatClashesWithAnotherAppointmentIsRefusedAndNothingIsSaved() {
		Crn crn = peopleWithUnpaidWork(1, 2).get(0);
		LocalDateTime start = LocalDateTime.now(clock).plusDays(31).withHour(5).withMinute(0).withSecond(0).withNano(0);
		long session = newSession(10, start);
		appointmentBookings.book(users.find("admin").orElseThrow(), crn,
				new Appointments.NewAppointment(ContactType.OFFICE_APPOINTMENT, start.plusHours(1), start.plusHours(2),
						null, null, null, false, null, null));
		assertThatThrownBy(() -> bookings.book(staff(), session, crn)).isInstanceOf(Appointments.Clash.class)
			.hasMessageContaining("already has");
		assertThat(jdbc.sql("select count(*) from unpaidwork.booking where session_id = :s")
			.param("s", session)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void badBookingsAreRefusedWithTheReason() {
		long session = newSession(10,
				LocalDateTime.now(clock).plusDays(32).withHour(5).withMinute(0).withSecond(0).withNano(0));
		String noUnpaidWork = jdbc.sql("""
				select p.crn from people.person p where p.transferred_out_on is null and not exists (
				  select 1 from sentences.requirement r join sentences.sentence s on s.id = r.sentence_id
				  where s.person_id = p.id and r.kind = 'UNPAID_WORK' and r.status = 'ACTIVE') order by p.crn limit 1
				""").query(String.class).single().trim();
		assertThatThrownBy(() -> bookings.book(staff(), session, Crn.parse(noUnpaidWork).orElseThrow()))
			.isInstanceOf(BadRequest.class)
			.hasMessageContaining("has no current unpaid work requirement");
		// a suspended sentence order's hours cannot be worked after its operational
		// period
		record Order(String crn, long sentenceId, java.time.LocalDate expectedEnd) {
		}
		Order suspended = jdbc
			.sql("""
					select trim(p.crn), s.id, s.expected_end_date from people.person p
					join sentences.sentence s on s.person_id = p.id and s.status = 'ACTIVE' and s.kind = 'SUSPENDED_SENTENCE_ORDER'
					join sentences.requirement r on r.sentence_id = s.id and r.kind = 'UNPAID_WORK' and r.status = 'ACTIVE'
					join unpaidwork.induction ind on ind.requirement_id = r.id
					where p.transferred_out_on is null order by p.crn limit 1
					""")
			.query((rs, n) -> new Order(rs.getString(1), rs.getLong(2), rs.getObject(3, java.time.LocalDate.class)))
			.single();
		jdbc.sql("update sentences.sentence set expected_end_date = :end where id = :id")
			.param("end", java.time.LocalDate.now(clock).plusDays(20))
			.param("id", suspended.sentenceId())
			.update();
		try {
			assertThatThrownBy(() -> bookings.book(staff(), session, Crn.parse(suspended.crn()).orElseThrow()))
				.isInstanceOf(BadRequest.class)
				.hasMessageContaining("after the suspended sentence order's operational period");
		}
		finally {
			jdbc.sql("update sentences.sentence set expected_end_date = :end where id = :id")
				.param("end", suspended.expectedEnd())
				.param("id", suspended.sentenceId())
				.update();
		}
	}

	/**
	 * The 12 months are a deadline, not a cut-off (supervision.md, "Unpaid work"): a
	 * community order stays in force until its hours are worked, so a session after the
	 * 12 months is booked, and the case shows the deadline as passed.
	 */
	@Test
	void aCommunityOrdersHoursAreBookedAfterTheTwelveMonthsAndThePassedDeadlineIsShown() {
		long session = newSession(10,
				LocalDateTime.now(clock).plusDays(37).withHour(5).withMinute(0).withSecond(0).withNano(0));
		record Requirement(String crn, long id, java.time.LocalDate start) {
		}
		Requirement ending = jdbc.sql("""
				select trim(p.crn), r.id, r.start_date from people.person p
				join sentences.sentence s on s.person_id = p.id and s.status = 'ACTIVE' and s.kind = 'COMMUNITY_ORDER'
				join sentences.requirement r on r.sentence_id = s.id and r.kind = 'UNPAID_WORK' and r.status = 'ACTIVE'
				join unpaidwork.induction ind on ind.requirement_id = r.id
				where r.end_date < :today + 30 and r.end_date > :today and p.transferred_out_on is null
				  and r.amount_done < r.amount_ordered
				order by p.crn limit 1
				""")
			.param("today", java.time.LocalDate.now(clock))
			.query((rs, n) -> new Requirement(rs.getString(1), rs.getLong(2),
					rs.getObject(3, java.time.LocalDate.class)))
			.single();
		Crn crn = Crn.parse(ending.crn()).orElseThrow();
		long booking = bookings.book(staff(), session, crn);
		assertThat(booking).isPositive();
		jdbc.sql("update sentences.requirement set start_date = start_date - 40 where id = :id")
			.param("id", ending.id())
			.update();
		try {
			UnpaidWork.Progress progress = unpaidWork.progress(staff(), crn);
			assertThat(progress.pastDeadline()).isTrue();
			assertThat(progress.deadline()).isBefore(java.time.LocalDate.now(clock));
		}
		finally {
			jdbc.sql("update sentences.requirement set start_date = :start where id = :id")
				.param("start", ending.start())
				.param("id", ending.id())
				.update();
		}
	}

	@Test
	void theRegisterCreditsHoursStandsDownWithoutBlameAndRecordsOnce() {
		List<Crn> people = peopleWithUnpaidWork(3, 4);
		long session = newSession(10,
				LocalDateTime.now(clock).plusDays(33).withHour(5).withMinute(0).withSecond(0).withNano(0));
		for (Crn crn : people) {
			bookings.book(staff(), session, crn);
		}
		LocalDateTime start = started(session);
		double before = unpaidWork.progress(staff(), people.get(0)).hoursCompleted();
		assertThatThrownBy(
				() -> outcomes
					.recordAttendance(staff(), session, people.get(0),
							new UnpaidWork.Attendance("ATTENDED", start.toLocalTime().minusMinutes(30),
									start.toLocalTime().plusHours(2), 0, null, null, null)))
			.isInstanceOf(BadRequest.class);
		Booking attended = outcomes.recordAttendance(staff(), session, people.get(0), new UnpaidWork.Attendance(
				"ATTENDED", start.toLocalTime(), start.toLocalTime().plusHours(2), 15, 450, null, null));
		assertThat(attended.minutesCredited()).isEqualTo(105);
		assertThat(unpaidWork.progress(staff(), people.get(0)).hoursCompleted()).isGreaterThanOrEqualTo(before + 1.7);
		assertThatThrownBy(() -> outcomes.recordAttendance(staff(), session, people.get(0),
				new UnpaidWork.Attendance("UNACCEPTABLE_ABSENCE", null, null, null, null, null, null)))
			.isInstanceOf(Conflict.class)
			.hasMessageContaining("already recorded");

		Booking stoodDown = outcomes.recordAttendance(staff(), session, people.get(1),
				new UnpaidWork.Attendance("STOOD_DOWN", null, null, null, null, "Site oversubscribed", null));
		assertThat(stoodDown.minutesCredited()).isEqualTo(60);
		assertThat(appointments.find(stoodDown.contactId()).orElseThrow().outcome())
			.isEqualTo(org.openprobation.contacts.Outcome.CANCELLED_BY_SERVICE);

		Booking absent = outcomes.recordAttendance(staff(), session, people.get(2),
				new UnpaidWork.Attendance("UNACCEPTABLE_ABSENCE", null, null, null, null, null, null));
		assertThat(absent.minutesCredited()).isZero();
		assertThat(appointments.find(absent.contactId()).orElseThrow().outcome().enforceable()).isTrue();
	}

	@Test
	void aCancelledSessionReleasesItsPlacesAndNothingCountsAgainstThePeopleBooked() {
		Crn crn = peopleWithUnpaidWork(1, 8).get(0);
		long session = newSession(10,
				LocalDateTime.now(clock).plusDays(34).withHour(5).withMinute(0).withSecond(0).withNano(0));
		bookings.book(staff(), session, crn);
		long contact = jdbc.sql("select contact_id from unpaidwork.booking where session_id = :s")
			.param("s", session)
			.query(Long.class)
			.single();
		assertThatThrownBy(() -> outcomes.cancelSession(staff(), session, " ")).isInstanceOf(BadRequest.class);
		assertThat(outcomes.cancelSession(staff(), session, "Supervisor off sick")).isEqualTo(1);
		assertThat(appointments.find(contact).orElseThrow().outcome())
			.isEqualTo(org.openprobation.contacts.Outcome.CANCELLED_BY_SERVICE);
		assertThat(unpaidWork.register(staff(), session).entries()).isEmpty();
		assertThatThrownBy(() -> bookings.book(staff(), session, crn)).isInstanceOf(Conflict.class)
			.hasMessageContaining("cancelled");
	}

	@Test
	void theFirstSessionWaitsForTheInduction() {
		Crn crn = peopleWithUnpaidWork(1, 12).get(0);
		jdbc.sql("""
				delete from unpaidwork.induction where person_id = (select id from people.person where crn = :crn)
				""").param("crn", crn.value()).update();
		long session = newSession(10,
				LocalDateTime.now(clock).plusDays(36).withHour(5).withMinute(0).withSecond(0).withNano(0));
		assertThatThrownBy(() -> bookings.book(staff(), session, crn)).isInstanceOf(BadRequest.class)
			.hasMessageContaining("induction before booking the first session");
		assertThatThrownBy(() -> bookings.recordInduction(staff(), crn, java.time.LocalDate.now(clock).plusDays(1)))
			.isInstanceOf(BadRequest.class)
			.hasMessageContaining("future");
		bookings.recordInduction(staff(), crn, java.time.LocalDate.now(clock));
		assertThatThrownBy(() -> bookings.recordInduction(staff(), crn, java.time.LocalDate.now(clock)))
			.isInstanceOf(Conflict.class);
		assertThat(bookings.book(staff(), session, crn)).isPositive();
		assertThat(unpaidWork.progress(staff(), crn).inductedOn()).isEqualTo(java.time.LocalDate.now(clock));
	}

	@Test
	void theTimeOfDayOnTheRegisterIsTheSessions() {
		long session = newSession(10,
				LocalDateTime.now(clock).plusDays(35).withHour(5).withMinute(0).withSecond(0).withNano(0));
		assertThat(unpaidWork.register(staff(), session).session().start().toLocalTime()).isEqualTo(LocalTime.of(5, 0));
		assertThat(unpaidWork.register(staff(), session).started()).isFalse();
	}

}
