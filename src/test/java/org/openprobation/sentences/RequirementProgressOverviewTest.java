package org.openprobation.sentences;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.openprobation.IntegrationTest;
import org.openprobation.TestHttp;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 28, item 6 (in part): programme sessions attended advance their requirement on
 * the case overview, added to the sessions carried over; a missed session does not.
 */
@IntegrationTest
class RequirementProgressOverviewTest {

	@Value("${local.server.port}")
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	java.time.Clock clock;

	@Test
	void programmeSessionsAttendedAdvanceTheRequirementOnTheOverview() {
		record Held(long personId, String crn, long sentenceId) {
		}
		Held held = jdbc.sql("""
				select p.id, trim(p.crn), s.id from people.person p
				join people.responsible_officer ro on ro.person_id = p.id and ro.to_date is null
				join access.app_user u on u.staff_id = ro.staff_id and u.username = 'practitioner'
				join sentences.sentence s on s.person_id = p.id and s.status = 'ACTIVE' and s.kind <> 'PRE_RELEASE'
				where not p.restricted order by p.crn offset 7 limit 1""")
			.query((rs, n) -> new Held(rs.getLong(1), rs.getString(2), rs.getLong(3)))
			.single();
		LocalDate start = LocalDate.now(clock).minusMonths(2);
		long requirement = jdbc.sql("""
				insert into sentences.requirement (sentence_id, kind, unit, amount_ordered, amount_done, status,
				  start_date, end_date)
				values (:s, 'ACCREDITED_PROGRAMME', 'SESSIONS', 10, 2, 'ACTIVE', :start, :end) returning id""")
			.param("s", held.sentenceId())
			.param("start", start)
			.param("end", start.plusMonths(12))
			.query(Long.class)
			.single();
		try {
			TestHttp practitioner = TestHttp.signedIn(port, "practitioner");
			assertThat(practitioner.page("/cases/" + held.crn() + "/sentence").body())
				.containsPattern("id=\"progress-" + requirement + "\">2 of 10 sessions<");
			LocalDateTime at = LocalDateTime.now(clock).minusDays(10).withHour(10).withMinute(0);
			for (String outcome : new String[] { "ATTENDED_COMPLIED", "ATTENDED_FAILED_TO_COMPLY",
					"FAILED_TO_ATTEND_UNACCEPTABLE" }) {
				jdbc.sql("""
						insert into contacts.contact (person_id, type, starts_at, ends_at, location, requirement_id,
						  outcome, outcome_reason, outcome_recorded_at, booked_by)
						values (:p, 'INTERVENTION_SESSION', :at, :end, 'Group room', :r, :outcome, 'Test', now(),
						  'practitioner')""")
					.param("p", held.personId())
					.param("at", at)
					.param("end", at.plusHours(2))
					.param("r", requirement)
					.param("outcome", outcome)
					.update();
				at = at.plusDays(2);
			}
			// two attended: the missed one does not count
			assertThat(practitioner.page("/cases/" + held.crn() + "/sentence").body())
				.containsPattern("id=\"progress-" + requirement + "\">4 of 10 sessions<");
		}
		finally {
			jdbc.sql("delete from contacts.contact where requirement_id = :r").param("r", requirement).update();
			jdbc.sql("delete from sentences.requirement where id = :r").param("r", requirement).update();
		}
	}

}
