package org.openprobation.sentences;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openprobation.IntegrationTest;
import org.openprobation.TestHttp;
import org.openprobation.assessment.Assessments;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 28, item 6: drug rehabilitation progresses by its tests (with results) and court
 * reviews, which are appointments the person must attend and clash like any other (the
 * seed's unpaid work session against a drug rehabilitation review); the court varies,
 * terminates and adds requirements (on a breach, naming it), each change kept with its
 * history and audited, and the tier follows.
 */
@IntegrationTest
class RequirementChangesTest {

	@Value("${local.server.port}")
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	java.time.Clock clock;

	@Autowired
	Assessments assessments;

	record Held(long personId, String crn, long sentenceId, LocalDate orderEnds) {
	}

	Held held;

	TestHttp practitioner;

	@BeforeEach
	void aCaseOnACommunityOrderWithoutDrugRehabilitation() {
		held = jdbc.sql("""
				select p.id, trim(p.crn), s.id, s.expected_end_date from people.person p
				join people.responsible_officer ro on ro.person_id = p.id and ro.to_date is null
				join access.app_user u on u.staff_id = ro.staff_id and u.username = 'practitioner'
				join sentences.sentence s on s.person_id = p.id and s.status = 'ACTIVE'
				  and s.kind in ('COMMUNITY_ORDER', 'SUSPENDED_SENTENCE_ORDER')
				  and s.expected_end_date > :later
				where not p.restricted and p.transferred_out_on is null
				  and not exists (select 1 from sentences.requirement r
				                  join sentences.sentence s2 on s2.id = r.sentence_id and s2.person_id = p.id
				                  where r.status = 'ACTIVE' and r.kind in ('DRUG_REHABILITATION', 'CURFEW'))
				order by p.crn offset 3 limit 1""")
			.param("later", LocalDate.now(clock).plusMonths(4))
			.query((rs, n) -> new Held(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getObject(4, LocalDate.class)))
			.single();
		practitioner = TestHttp.signedIn(port, "practitioner");
	}

	@AfterEach
	void removeWhatTheTestAdded() {
		jdbc.sql("""
				delete from contacts.contact where person_id = :p and booked_by in ('practitioner', 'test')
				  and starts_at > :from""")
			.param("p", held.personId())
			.param("from", LocalDateTime.now(clock).minusDays(5))
			.update();
		jdbc.sql("""
				delete from sentences.requirement r where r.sentence_id = :s
				  and exists (select 1 from sentences.requirement_change c where c.requirement_id = r.id
				              and c.change = 'ADDED' and c.recorded_by = 'practitioner')""")
			.param("s", held.sentenceId())
			.update();
		jdbc.sql("delete from enforcement.action where person_id = :p and created_by = 'test'")
			.param("p", held.personId())
			.update();
		assessments.recomputeTier(held.personId(), "Test data removed");
	}

	private String date(String field, LocalDate date) {
		return field + ".day=" + date.getDayOfMonth() + "&" + field + ".month=" + date.getMonthValue() + "&" + field
				+ ".year=" + date.getYear();
	}

	private long add(String kind, String amount, LocalDate end, String breach) {
		LocalDate today = LocalDate.now(clock);
		String page = "/cases/" + held.crn() + "/sentences/" + held.sentenceId() + "/requirements/new"
				+ (breach.isEmpty() ? "" : "?breach=" + breach);
		TestHttp.Response added = practitioner.postFormFrom(page,
				"/cases/" + held.crn() + "/sentences/" + held.sentenceId() + "/requirements",
				"breach=" + breach + "&kind=" + kind + "&amount=" + amount + "&" + date("start", today) + "&"
						+ date("end", end) + "&reason=" + TestHttp.encode("More onerous requirements on breach"));
		assertThat(added.status()).as(added.body()).isEqualTo(302);
		return jdbc.sql("""
				select id from sentences.requirement where sentence_id = :s and kind = :kind and status = 'ACTIVE'
				order by id desc limit 1""")
			.param("s", held.sentenceId())
			.param("kind", kind)
			.query(Long.class)
			.single();
	}

	@Test
	void drugTestsWithResultsAndCourtReviewsProgressDrugRehabilitation() {
		long drr = add("DRUG_REHABILITATION", "", LocalDate.now(clock).plusMonths(3), "");
		LocalDateTime now = LocalDateTime.now(clock);
		// booked without naming the requirement: a drug test counts towards the one DRR
		// in force
		TestHttp.Response test = practitioner
			.postJson("/api/v1/people/" + held.crn() + "/appointments", "practitioner", """
					{"type": "DRUG_TEST", "start": "%s", "end": "%s", "location": "Drug service"}"""
				.formatted(now.minusDays(2).withHour(10).withMinute(0), now.minusDays(2).withHour(10).withMinute(30)));
		assertThat(test.status()).as(test.body()).isEqualTo(201);
		long testId = test.json().get("id").asLong();
		assertThat(jdbc.sql("select requirement_id from contacts.contact where id = :id")
			.param("id", testId)
			.query(Long.class)
			.single()).isEqualTo(drr);
		assertThat(jdbc.sql("select staff_id is null from contacts.contact where id = :id")
			.param("id", testId)
			.query(Boolean.class)
			.single()).as("a drug test does not hold the officer's diary").isTrue();

		TestHttp.Response noSubstances = practitioner.putJson("/api/v1/appointments/" + testId + "/outcome",
				"practitioner", """
						{"outcome": "ATTENDED_COMPLIED", "testResult": "POSITIVE"}""");
		assertThat(noSubstances.status()).isEqualTo(400);
		assertThat(noSubstances.body()).contains("substances").contains("Say which substances the test showed");
		TestHttp.Response recorded = practitioner.putJson("/api/v1/appointments/" + testId + "/outcome", "practitioner",
				"""
						{"outcome": "ATTENDED_COMPLIED", "testResult": "POSITIVE", "substances": "Cocaine"}""");
		assertThat(recorded.status()).as(recorded.body()).isEqualTo(200);
		assertThat(recorded.json().get("testResult").asText()).isEqualTo("POSITIVE");

		LocalDateTime review = now.plusDays(9).withHour(14).withMinute(0);
		TestHttp.Response booked = practitioner.postJson("/api/v1/people/" + held.crn() + "/appointments",
				"practitioner", """
						{"type": "COURT_REVIEW", "start": "%s", "end": "%s", "location": "Crown Court"}"""
					.formatted(review, review.plusHours(1)));
		assertThat(booked.status()).as(booked.body()).isEqualTo(201);

		String overview = practitioner.page("/cases/" + held.crn() + "/sentence").body();
		assertThat(overview).contains("id=\"progress-" + drr + "\">In force: 1 drug test (0 negative, 1 positive, "
				+ "0 not given); 0 court reviews attended; next review "
				+ review.format(java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.UK)) + "<");
		assertThat(practitioner.page("/cases/" + held.crn() + "/contacts").body())
			.contains("Test result: Positive (Cocaine)");
		// the same figure in the API
		assertThat(practitioner.get("/api/v1/people/" + held.crn(), "practitioner").body())
			.contains("1 drug test (0 negative, 1 positive, 0 not given)");
	}

	@Test
	void aCourtReviewClashesWithAnUnpaidWorkSession() {
		add("DRUG_REHABILITATION", "", LocalDate.now(clock).plusMonths(3), "");
		LocalDateTime session = LocalDateTime.now(clock).plusDays(4).withHour(9).withMinute(0);
		jdbc.sql("""
				insert into contacts.contact (person_id, type, starts_at, ends_at, location, booked_by)
				values (:p, 'UNPAID_WORK_SESSION', :at, :end, 'Community garden', 'test')""")
			.param("p", held.personId())
			.param("at", session)
			.param("end", session.plusHours(7))
			.update();
		TestHttp.Response clash = practitioner.postJson("/api/v1/people/" + held.crn() + "/appointments",
				"practitioner", """
						{"type": "COURT_REVIEW", "start": "%s", "end": "%s", "location": "Crown Court"}"""
					.formatted(session.withHour(11), session.withHour(12)));
		assertThat(clash.status()).isEqualTo(409);
		assertThat(clash.body()).contains("already has an unpaid work session");
	}

	@Test
	void theCourtVariesAndEndsARequirementWithItsHistoryAuditedAndTheTierFollows() {
		LocalDate today = LocalDate.now(clock);
		long curfew = add("CURFEW", "60", today.plusMonths(3), "");
		assertThat(jdbc.sql("select reason from assessment.tier where person_id = :p")
			.param("p", held.personId())
			.query(String.class)
			.single()).startsWith("Requirement changed: Curfew");
		String change = "/cases/" + held.crn() + "/requirements/" + curfew + "/change";

		TestHttp.Response varied = practitioner.postFormFrom(change, change,
				"change=VARIED&" + date("on", today) + "&newAmount=90&reason=" + TestHttp.encode("Variation order"));
		assertThat(varied.status()).as(varied.body()).isEqualTo(302);
		assertThat(jdbc.sql("select amount_ordered from sentences.requirement where id = :r")
			.param("r", curfew)
			.query(Integer.class)
			.single()).isEqualTo(90);

		TestHttp.Response noReason = practitioner.postFormFrom(change, change,
				"change=TERMINATED&" + date("on", today) + "&newAmount=&reason=");
		assertThat(noReason.status()).isEqualTo(400);
		assertThat(noReason.body()).contains("govuk-error-summary")
			.contains("reason for ending the requirement early")
			.contains("value=\"TERMINATED\" checked");

		TestHttp.Response ended = practitioner.postFormFrom(change, change,
				"change=TERMINATED&" + date("on", today) + "&reason=" + TestHttp.encode("Revoked on application"));
		assertThat(ended.status()).isEqualTo(302);
		assertThat(jdbc.sql("select status || ' ' || end_date from sentences.requirement where id = :r")
			.param("r", curfew)
			.query(String.class)
			.single()).isEqualTo("TERMINATED " + today);
		assertThat(jdbc
			.sql("select string_agg(change, ',' order by id) from sentences.requirement_change "
					+ "where requirement_id = :r")
			.param("r", curfew)
			.query(String.class)
			.single()).isEqualTo("ADDED,VARIED,TERMINATED");
		assertThat(jdbc.sql("""
				select count(*) from access.audit_event where username = 'practitioner' and crn = :crn
				  and action in ('ADD_REQUIREMENT', 'VARIED_REQUIREMENT', 'TERMINATED_REQUIREMENT')""")
			.param("crn", held.crn())
			.query(Integer.class)
			.single()).isGreaterThanOrEqualTo(3);
		String page = practitioner.page(change).body();
		assertThat(page).contains("id=\"already-ended\"").contains("Revoked on application").contains("60 to 90");
	}

	@Test
	void requirementsAddedOnABreachNameItAndOnlyAMoreOnerousDecisionOfThisPersonsCounts() {
		long contact = jdbc.sql("""
				insert into contacts.contact (person_id, type, starts_at, ends_at, outcome, outcome_recorded_at,
				  booked_by)
				values (:p, 'OFFICE_APPOINTMENT', :at, :end, 'FAILED_TO_ATTEND_UNACCEPTABLE', now(), 'test')
				returning id""")
			.param("p", held.personId())
			.param("at", LocalDateTime.now(clock).minusDays(4))
			.param("end", LocalDateTime.now(clock).minusDays(4).plusHours(1))
			.query(Long.class)
			.single();
		long breach = jdbc.sql("""
				insert into enforcement.action (person_id, contact_id, kind, state, reasons, created_on, created_by,
				  decided_on, outcome, decision, failure_on)
				values (:p, :c, 'BREACH', 'DECIDED', 'Second failure', :on, 'test', :on,
				  'More onerous requirements added', 'MORE_ONEROUS', :on)
				returning id""")
			.param("p", held.personId())
			.param("c", contact)
			.param("on", LocalDate.now(clock).minusDays(1))
			.query(Long.class)
			.single();
		String form = "/cases/" + held.crn() + "/sentences/" + held.sentenceId() + "/requirements/new?breach=";
		assertThat(practitioner.page(form + breach).body()).contains("the court added more onerous requirements");
		assertThat(practitioner.page(form + (breach + 100000)).status()).isEqualTo(404);

		long curfew = add("CURFEW", "30", LocalDate.now(clock).plusMonths(2), String.valueOf(breach));
		assertThat(jdbc.sql("select enforcement_action_id from sentences.requirement_change where requirement_id = :r")
			.param("r", curfew)
			.query(Long.class)
			.single()).isEqualTo(breach);
		assertThat(practitioner.page("/cases/" + held.crn() + "/requirements/" + curfew + "/change").body())
			.contains("Added to the order on breach");
	}

	@Test
	void theApiReadsARequirementToAnyReaderAndRecordsTheCourtsChangesNamingEachBadField() {
		LocalDate today = LocalDate.now(clock);
		TestHttp.Response added = practitioner.postJson(
				"/api/v1/people/" + held.crn() + "/sentences/" + held.sentenceId() + "/requirements", "practitioner",
				"""
						{"kind": "CURFEW", "amount": 45, "start": "%s", "end": "%s", "reason": "Amended on application"}"""
					.formatted(today, today.plusMonths(2)));
		assertThat(added.status()).as(added.body()).isEqualTo(201);
		long curfew = added.json().get("id").asLong();
		TestHttp.Response read = practitioner.get("/api/v1/people/" + held.crn() + "/requirements/" + curfew,
				"quality");
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.json().get("progress").asString()).isEqualTo("0 of 45 days");
		assertThat(read.json().get("changes").get(0).get("change").asString()).isEqualTo("ADDED");

		TestHttp.Response bad = practitioner
			.postJson("/api/v1/people/" + held.crn() + "/requirements/" + curfew + "/changes", "practitioner", """
					{"change": "VARIED", "on": "%s", "newAmount": 800}""".formatted(today));
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.body()).contains("reason").contains("newAmount");
		assertThat(practitioner
			.postJson("/api/v1/people/" + held.crn() + "/requirements/" + curfew + "/changes", "quality", """
					{"change": "TERMINATED", "on": "%s", "reason": "Court order"}""".formatted(today))
			.status()).isEqualTo(403);
		TestHttp.Response varied = practitioner
			.postJson("/api/v1/people/" + held.crn() + "/requirements/" + curfew + "/changes", "practitioner", """
					{"change": "VARIED", "on": "%s", "newAmount": 60, "reason": "Variation order"}""".formatted(today));
		assertThat(varied.status()).as(varied.body()).isEqualTo(200);
		assertThat(varied.json().get("amountOrdered").asInt()).isEqualTo(60);
	}

}
