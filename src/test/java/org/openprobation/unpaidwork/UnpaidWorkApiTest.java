package org.openprobation.unpaidwork;

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

/** The unpaid work API contract. */
@IntegrationTest
class UnpaidWorkApiTest {

	@org.springframework.beans.factory.annotation.Autowired
	java.time.Clock clock;

	@Value("${local.server.port}")
	int port;

	@Autowired
	JdbcClient jdbc;

	private TestHttp http() {
		return TestHttp.anonymous(port);
	}

	@Test
	void sessionsAreListedWithTheirPlacesBooked() {
		LocalDate day = LocalDate.now(clock).plusDays(1);
		TestHttp.Response response = http().get("/api/v1/unpaid-work/sessions?from=" + day + "&to=" + day.plusDays(6),
				"unpaidwork");
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		JsonNode sessions = response.json();
		assertThat(sessions.size()).isPositive();
		for (String field : new String[] { "id", "project", "start", "end", "capacity", "booked" }) {
			assertThat(sessions.get(0).has(field)).as(field).isTrue();
		}
		for (JsonNode session : sessions) {
			assertThat(session.get("booked").asInt()).isLessThanOrEqualTo(session.get("capacity").asInt());
		}
		assertThat(http().get("/api/v1/unpaid-work/sessions?from=2026-02-30", "unpaidwork").status()).isEqualTo(400);
		assertThat(http().get("/api/v1/unpaid-work/sessions?from=2026-01-01&to=2026-06-01", "unpaidwork").status())
			.isEqualTo(400);
	}

	@Test
	void aBookingIsMadeThenRefusedWhenFullAndProgressAnswers() {
		LocalDateTime start = LocalDateTime.now(clock).plusDays(40).withHour(5).withMinute(0).withSecond(0).withNano(0);
		long session = jdbc.sql("""
				insert into unpaidwork.session (project_id, starts_at, ends_at, capacity)
				select id, :start, :end, 1 from unpaidwork.project where not women_only and not involves_children
				order by id desc limit 1 returning id
				""").param("start", start).param("end", start.plusHours(3)).query(Long.class).single();
		var crns = jdbc.sql("""
				select p.crn from people.person p
				join sentences.sentence s on s.person_id = p.id and s.status = 'ACTIVE'
				join sentences.requirement r on r.sentence_id = s.id and r.kind = 'UNPAID_WORK' and r.status = 'ACTIVE'
				join unpaidwork.induction ind on ind.requirement_id = r.id
				where p.transferred_out_on is null and r.end_date > current_date + 60 and p.gender = 'MALE'
				  and not exists (select 1 from assessment.registration g where g.person_id = p.id)
				order by p.crn offset 20 limit 2
				""").query(String.class).list().stream().map(String::trim).toList();
		String path = "/api/v1/unpaid-work/sessions/" + session + "/bookings";
		TestHttp.Response booked = http().postJson(path, "unpaidwork", "{\"crn\":\"" + crns.get(0) + "\"}");
		assertThat(booked.status()).as(booked.body()).isEqualTo(201);
		assertThat(booked.json().get("id").asLong()).isPositive();
		TestHttp.Response full = http().postJson(path, "unpaidwork", "{\"crn\":\"" + crns.get(1) + "\"}");
		assertThat(full.status()).isEqualTo(409);
		assertThat(full.contentType()).startsWith("application/problem+json");
		assertThat(full.json().get("detail").asString()).contains("full");
		assertThat(http().postJson(path, "unpaidwork", "{\"crn\":\"nonsense\"}").status()).isEqualTo(400);
		assertThat(http().postJson(path, "inspector", "{\"crn\":\"" + crns.get(1) + "\"}").status()).isEqualTo(403);

		JsonNode progress = http().get("/api/v1/people/" + crns.get(0) + "/unpaid-work", "unpaidwork").json();
		for (String field : new String[] { "hoursOrdered", "hoursCompleted", "hoursRemaining", "projectedCompletion",
				"deadline", "onTrack" }) {
			assertThat(progress.has(field)).as(field).isTrue();
		}
		assertThat(progress.get("hoursCompleted").asDouble() + progress.get("hoursRemaining").asDouble())
			.isCloseTo(progress.get("hoursOrdered").asDouble(), org.assertj.core.data.Offset.offset(0.2));
		TestHttp.Response early = http().postJson("/api/v1/unpaid-work/sessions/" + session + "/attendance",
				"unpaidwork", "{\"crn\":\"" + crns.get(0) + "\",\"attendance\":\"ATTENDED\",\"arrived\":\"05:00\","
						+ "\"left\":\"07:00\",\"breakMinutes\":-5}");
		assertThat(early.status()).isEqualTo(400);
	}

}
