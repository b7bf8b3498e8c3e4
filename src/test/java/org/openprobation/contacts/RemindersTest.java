package org.openprobation.contacts;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.openprobation.IntegrationTest;
import org.openprobation.TestHttp;
import org.openprobation.access.AuditLog;
import org.openprobation.contacts.persistence.ReminderRepository;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Booking puts a reminder in the outbox; failures are retried, then left visible as
 * failed.
 */
@IntegrationTest
class RemindersTest {

	@org.springframework.beans.factory.annotation.Autowired
	java.time.Clock clock;

	@Value("${local.server.port}")
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReminderRepository repository;

	@Autowired
	AuditLog audit;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	org.openprobation.shared.JobLock jobLock;

	@Test
	void aBookedAppointmentIsRemindedAndAFailingSenderIsRetriedThenGivenUpVisibly() {
		String crn = practitionersCaseWithAPhone(5);
		LocalDateTime start = earlyMorningNextYear(40);
		long id = book(crn, start);
		var reminder = jdbc.sql("select channel, status, message from contacts.reminder where contact_id = :c")
			.param("c", id)
			.query()
			.singleRow();
		assertThat(reminder.get("channel")).isEqualTo("TEXT_MESSAGE");
		assertThat(reminder.get("status")).isEqualTo("PENDING");
		assertThat((String) reminder.get("message")).contains("office appointment").doesNotContain(crn);

		// a day before the appointment, with a sender that always fails
		Clock dayBefore = Clock.fixed(start.minusHours(20).atZone(ZoneId.of("Europe/London")).toInstant(),
				ZoneId.of("Europe/London"));
		for (int attempt = 1; attempt <= Reminders.MOST_ATTEMPTS; attempt++) {
			Clock later = Clock.offset(dayBefore, java.time.Duration.ofDays(attempt));
			Reminders failing = new Reminders(repository, r -> {
				throw new IllegalStateException("gateway down");
			}, later, audit, jobLock);
			transaction.executeWithoutResult(status -> failing.dispatch());
		}
		var failed = jdbc.sql("select status, attempts, last_error from contacts.reminder where contact_id = :c")
			.param("c", id)
			.query()
			.singleRow();
		assertThat(failed.get("status")).isEqualTo("FAILED");
		assertThat(failed.get("attempts")).isEqualTo(Reminders.MOST_ATTEMPTS);
		assertThat(failed.get("last_error")).isEqualTo("gateway down");

		TestHttp admin = TestHttp.signedIn(port, "admin");
		assertThat(admin.page("/reminders?status=FAILED").body()).contains("gateway down");
		assertThat(TestHttp.signedIn(port, "practitioner").page("/reminders").status()).isEqualTo(403);
	}

	@Test
	void cancellingTheAppointmentCancelsItsReminder() {
		String crn = practitionersCaseWithAPhone(6);
		LocalDateTime start = earlyMorningNextYear(41);
		long id = book(crn, start);
		java.net.http.HttpRequest cancel = java.net.http.HttpRequest
			.newBuilder(java.net.URI.create("http://localhost:" + port + "/api/v1/appointments/" + id + "/outcome"))
			.header("Content-Type", "application/json")
			.header("Authorization",
					"Basic " + java.util.Base64.getEncoder()
						.encodeToString("practitioner:demo".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
			.PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"outcome\":\"CANCELLED_BY_SERVICE\"}"))
			.build();
		assertThat(TestHttp.anonymous(port).send(cancel).status()).isEqualTo(200);
		assertThat(jdbc.sql("select status from contacts.reminder where contact_id = :c")
			.param("c", id)
			.query(String.class)
			.single()).isEqualTo("CANCELLED");
	}

	private String practitionersCaseWithAPhone(int offset) {
		return jdbc.sql("""
				select p.crn from people.person p
				join people.responsible_officer ro on ro.person_id = p.id and ro.to_date is null
				join access.app_user u on u.staff_id = ro.staff_id
				where u.username = 'practitioner' and p.phone is not null order by p.crn offset :offset limit 1
				""").param("offset", offset).query(String.class).single().trim();
	}

	private LocalDateTime earlyMorningNextYear(int days) {
		return LocalDateTime.now(clock).plusYears(1).plusDays(days).withHour(6).withMinute(0).withSecond(0).withNano(0);
	}

	private long book(String crn, LocalDateTime start) {
		return TestHttp.anonymous(port)
			.postJson("/api/v1/people/" + crn + "/appointments", "practitioner",
					"{\"type\":\"OFFICE_APPOINTMENT\",\"start\":\"" + start + "\",\"end\":\"" + start.plusMinutes(30)
							+ "\",\"location\":\"Probation office\"}")
			.json()
			.get("id")
			.asLong();
	}

}
