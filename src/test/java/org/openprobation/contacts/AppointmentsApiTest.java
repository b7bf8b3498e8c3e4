package org.openprobation.contacts;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.openprobation.IntegrationTest;
import org.openprobation.TestHttp;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The appointments API contract: booking with clash detection, outcomes once, history and
 * compliance.
 */
@IntegrationTest
class AppointmentsApiTest {

	@org.springframework.beans.factory.annotation.Autowired
	java.time.Clock clock;

	@Value("${local.server.port}")
	int port;

	@Autowired
	JdbcClient jdbc;

	private TestHttp http() {
		return TestHttp.anonymous(port);
	}

	private String practitionersCase(int offset) {
		return jdbc.sql("""
				select p.crn from people.person p
				join people.responsible_officer ro on ro.person_id = p.id and ro.to_date is null
				join access.app_user u on u.staff_id = ro.staff_id
				join sentences.sentence s on s.person_id = p.id and s.status = 'ACTIVE' and s.kind = 'COMMUNITY_ORDER'
				where u.username = 'practitioner' order by p.crn offset :offset limit 1
				""").param("offset", offset).query(String.class).single().trim();
	}

	/** Early on a weekday next year: the demo's slots run from 9:00. */
	private LocalDateTime at(int dayOffset, int hour) {
		LocalDate day = LocalDate.now(clock).plusYears(1).plusDays(dayOffset);
		while (day.getDayOfWeek().getValue() > 5) {
			day = day.plusDays(1);
		}
		return day.atTime(hour, 0);
	}

	private static String appointment(LocalDateTime start, LocalDateTime end, String extra) {
		return "{\"type\":\"OFFICE_APPOINTMENT\",\"start\":\"" + start + "\",\"end\":\"" + end + "\"" + extra + "}";
	}

	@Test
	void theDemoHasAYearOfContactsAtInspectedVolumes() {
		long contacts = jdbc.sql("select count(*) from contacts.contact").query(Long.class).single();
		assertThat(contacts).isBetween(1_200_000L, 1_900_000L);
		double unacceptable = jdbc
			.sql("""
					select avg(case when outcome = 'FAILED_TO_ATTEND_UNACCEPTABLE' then 1.0 else 0 end) from contacts.contact
					where type = 'OFFICE_APPOINTMENT' and outcome is not null
					""")
			.query(Double.class)
			.single();
		assertThat(unacceptable).isBetween(0.02, 0.10);
	}

	private TestHttp.Response book(String crn, LocalDateTime start, LocalDateTime end) {
		return http().postJson("/api/v1/people/" + crn + "/appointments", "practitioner", appointment(start, end, ""));
	}

	/** Books an appointment that must not clash; its id. */
	private long booked(String crn, LocalDateTime start, LocalDateTime end) {
		TestHttp.Response booked = book(crn, start, end);
		assertThat(booked.status()).as(booked.body()).isEqualTo(201);
		return booked.json().get("id").asLong();
	}

	@Test
	void aClashingBookingIsRefusedNamingTheClashUnlessOverridden() {
		String crn = practitionersCase(0);
		LocalDateTime start = at(3, 7);
		long id = booked(crn, start, start.plusHours(1));

		TestHttp.Response clash = book(crn, start.plusMinutes(30), start.plusMinutes(90));
		assertThat(clash.status()).isEqualTo(409);
		assertThat(clash.contentType()).startsWith("application/problem+json");
		assertThat(clash.json().get("detail").asString()).contains("appointment " + id);

		TestHttp.Response overridden = http().postJson("/api/v1/people/" + crn + "/appointments", "practitioner",
				appointment(start.plusMinutes(30), start.plusMinutes(90),
						",\"overrideReason\":\"Joint session with the drug service\""));
		assertThat(overridden.status()).isEqualTo(201);
		// back to back is not a clash
		assertThat(book(crn, start.minusHours(1), start).status()).isEqualTo(201);
	}

	@Test
	void aLongBookingThatBeganHoursEarlierStillClashesForThePersonAndForTheOfficer() {
		String crn = practitionersCase(2);
		LocalDateTime start = at(200, 19);
		long id = booked(crn, start, start.plusHours(12));
		// eleven hours after it began, on the next day, for the same person
		LocalDateTime later = start.plusHours(11);
		TestHttp.Response sameCase = book(crn, later, later.plusMinutes(30));
		assertThat(sameCase.status()).isEqualTo(409);
		assertThat(sameCase.json().get("detail").asString()).contains("appointment " + id);
		// and for another of the officer's cases, the officer is busy
		TestHttp.Response sameOfficer = book(practitionersCase(3), later, later.plusMinutes(30));
		assertThat(sameOfficer.status()).isEqualTo(409);
		assertThat(sameOfficer.json().get("detail").asString()).contains("The officer already has",
				"appointment " + id);
	}

	@Test
	void theDatabaseRefusesAContactLastingADay() {
		long person = jdbc.sql("select id from people.person order by id limit 1").query(Long.class).single();
		LocalDateTime start = at(11, 9);
		assertThatThrownBy(() -> jdbc.sql("""
				insert into contacts.contact (person_id, type, starts_at, ends_at, booked_by)
				values (:p, 'OFFICE_APPOINTMENT', :s, :e, 'test')
				""").param("p", person).param("s", start).param("e", start.plusDays(1)).update())
			.isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class)
			.hasMessageContaining("contact_lasts_less_than_a_day");
	}

	@Test
	void badBookingsNameTheFieldAndSaveNothing() {
		String crn = practitionersCase(1);
		long before = jdbc.sql(
				"select count(*) from contacts.contact c join people.person p on p.id = c.person_id where p.crn = :crn")
			.param("crn", crn)
			.query(Long.class)
			.single();
		LocalDateTime start = at(5, 7);
		TestHttp.Response endBeforeStart = http().postJson("/api/v1/people/" + crn + "/appointments", "practitioner",
				appointment(start, start.minusMinutes(30), ""));
		assertThat(endBeforeStart.status()).isEqualTo(400);
		assertThat(endBeforeStart.json().get("errors").get(0).get("field").asString()).isEqualTo("end");
		TestHttp.Response impossible = http().postJson("/api/v1/people/" + crn + "/appointments", "practitioner",
				"{\"type\":\"OFFICE_APPOINTMENT\",\"start\":\"2027-02-30T10:00\",\"end\":\"2027-02-30T11:00\"}");
		assertThat(impossible.status()).isEqualTo(400);
		assertThat(impossible.body()).contains("start", "end");
		LocalDateTime past = java.time.LocalDateTime.now(clock)
			.minusDays(12)
			.withHour(7)
			.withMinute(0)
			.withSecond(0)
			.withNano(0);
		TestHttp.Response late = http().postJson("/api/v1/people/" + crn + "/appointments", "practitioner",
				appointment(past, past.plusHours(1), ""));
		assertThat(late.status()).isEqualTo(400);
		assertThat(late.body()).contains("overrideReason");
		assertThat(http()
			.postJson("/api/v1/people/Z999999/appointments", "practitioner", appointment(start, start.plusHours(1), ""))
			.status()).isEqualTo(404);
		assertThat(http()
			.postJson("/api/v1/people/" + crn + "/appointments", "inspector",
					appointment(start, start.plusHours(1), ""))
			.status()).isEqualTo(403);
		assertThat(jdbc.sql(
				"select count(*) from contacts.contact c join people.person p on p.id = c.person_id where p.crn = :crn")
			.param("crn", crn)
			.query(Long.class)
			.single()).isEqualTo(before);
	}

	@Test
	void anOutcomeIsRecordedOnceAndAFutureAppointmentCanOnlyBeCancelledOrRescheduled() {
		String crn = practitionersCase(2);
		LocalDateTime start = at(7, 7);
		long id = http()
			.postJson("/api/v1/people/" + crn + "/appointments", "practitioner",
					appointment(start, start.plusHours(1), ""))
			.json()
			.get("id")
			.asLong();
		TestHttp.Response notYet = http().putJson("/api/v1/appointments/" + id + "/outcome", "practitioner",
				"{\"outcome\":\"ATTENDED_COMPLIED\"}");
		assertThat(notYet.status()).isEqualTo(400);
		TestHttp.Response cancelled = http().putJson("/api/v1/appointments/" + id + "/outcome", "practitioner",
				"{\"outcome\":\"CANCELLED_BY_SERVICE\"}");
		assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
		assertThat(cancelled.json().get("outcome").asString()).isEqualTo("CANCELLED_BY_SERVICE");
		TestHttp.Response again = http().putJson("/api/v1/appointments/" + id + "/outcome", "practitioner",
				"{\"outcome\":\"RESCHEDULED\"}");
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.json().get("detail").asString()).contains("already recorded");
		// the cancelled slot is free again
		assertThat(http()
			.postJson("/api/v1/people/" + crn + "/appointments", "practitioner",
					appointment(start, start.plusHours(1), ""))
			.status()).isEqualTo(201);
	}

	@Test
	void anAcceptableAbsenceNeedsTheReasonAndTheEvidence() {
		long id = org.openprobation.PastAppointments.withoutOutcome(jdbc, clock, "practitioner", 2).contactId();
		TestHttp.Response bare = http().putJson("/api/v1/appointments/" + id + "/outcome", "practitioner",
				"{\"outcome\":\"FAILED_TO_ATTEND_ACCEPTABLE\"}");
		assertThat(bare.status()).isEqualTo(400);
		assertThat(bare.body()).contains("reason", "evidence");
		TestHttp.Response recorded = http().putJson("/api/v1/appointments/" + id + "/outcome", "practitioner",
				"{\"outcome\":\"FAILED_TO_ATTEND_ACCEPTABLE\",\"reason\":\"In hospital\",\"evidence\":\"Discharge letter\"}");
		assertThat(recorded.status()).isEqualTo(200);
	}

	@Test
	void theHistoryIsPagedAndTheComplianceSummaryAnswers() {
		String crn = practitionersCase(3);
		JsonNode page = http().get("/api/v1/people/" + crn + "/contacts?page=1", "practitioner").json();
		assertThat(page.get("size").asInt()).isEqualTo(20);
		assertThat(page.get("totalElements").asLong()).isGreaterThan(20);
		assertThat(page.get("content")).hasSize(20);
		JsonNode compliance = http().get("/api/v1/people/" + crn + "/compliance", "practitioner").json();
		for (String field : new String[] { "enforceableFailuresLast12Months", "warningsLast12Months", "breachRequired",
				"nextContactDue", "overdue", "rarDaysUsed", "rarDaysOrdered" }) {
			assertThat(compliance.has(field)).as(field).isTrue();
		}
		assertThat(http().get("/api/v1/people/" + crn + "/contacts?type=NONSENSE", "practitioner").status())
			.isEqualTo(400);
	}

}
