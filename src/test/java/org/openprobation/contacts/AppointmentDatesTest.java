package org.openprobation.contacts;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openprobation.IntegrationTest;
import org.openprobation.TestHttp;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 29, item 3 (the figure "an appointment dated 1 January 1900 is accepted and then
 * drops out of the outcome chase"): a date before the person's supervision began is
 * refused; one far in the past but within it needs a reason and stays in the chase for
 * its outcome however old it is.
 */
@IntegrationTest
class AppointmentDatesTest {

	@Value("${local.server.port}")
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	java.time.Clock clock;

	@Autowired
	Appointments appointments;

	@Test
	void aDateBeforeSupervisionIsRefusedAndAnOldOneStaysInTheChase() {
		record Held(long personId, String crn, LocalDate began) {
		}
		Held held = jdbc.sql("""
				select p.id, trim(p.crn), min(s.start_date) from people.person p
				join people.responsible_officer ro on ro.person_id = p.id and ro.to_date is null
				join access.app_user u on u.staff_id = ro.staff_id and u.username = 'practitioner'
				join sentences.sentence s on s.person_id = p.id
				where not p.restricted and p.transferred_out_on is null
				group by p.id, p.crn having min(s.start_date) < :before
				order by p.crn offset 5 limit 1""")
			.param("before", LocalDate.now(clock).minusDays(200))
			.query((rs, n) -> new Held(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class)))
			.single();
		TestHttp api = TestHttp.anonymous(port);
		TestHttp.Response ancient = api.postJson("/api/v1/people/" + held.crn() + "/appointments", "practitioner", """
				{"type": "OFFICE_APPOINTMENT", "start": "1900-01-01T10:00", "end": "1900-01-01T11:00",
				 "overrideReason": "Recording it late"}""");
		assertThat(ancient.status()).isEqualTo(400);
		assertThat(ancient.body()).contains("\"field\":\"start\"").contains("when the person's supervision began");

		LocalDateTime old = LocalDateTime.now(clock).minusDays(150).withHour(6).withMinute(0);
		TestHttp.Response noReason = api.postJson("/api/v1/people/" + held.crn() + "/appointments", "practitioner", """
				{"type": "OFFICE_APPOINTMENT", "start": "%s", "end": "%s"}""".formatted(old, old.plusMinutes(30)));
		assertThat(noReason.status()).isEqualTo(400);
		assertThat(noReason.body()).contains("overrideReason");
		TestHttp.Response booked = api.postJson("/api/v1/people/" + held.crn() + "/appointments", "practitioner", """
				{"type": "OFFICE_APPOINTMENT", "start": "%s", "end": "%s", "overrideReason": "Paper record found"}"""
			.formatted(old, old.plusMinutes(30)));
		assertThat(booked.status()).as(booked.body()).isEqualTo(201);
		long id = booked.json().get("id").asLong();
		try {
			assertThat(appointments.awaitingOutcome(List.of(held.personId())))
				.as("an appointment 150 days old without an outcome is still chased")
				.extracting(Contact::id)
				.contains(id);
		}
		finally {
			jdbc.sql("delete from contacts.contact where id = :id").param("id", id).update();
		}
	}

}
