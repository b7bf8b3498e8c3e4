package org.openprobation.allocation;

import org.junit.jupiter.api.Test;
import org.openprobation.IntegrationTest;
import org.openprobation.TestHttp;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The team's queue, the recommendation, the SPO's decision and reallocation, over the
 * API.
 */
@IntegrationTest
class AllocationFlowTest {

	@Value("${local.server.port}")
	int port;

	@Autowired
	JdbcClient jdbc;

	private TestHttp http() {
		return TestHttp.anonymous(port);
	}

	private String managersTeam() {
		return jdbc.sql("""
				select t.code from access.app_user u join organisation.staff s on s.id = u.staff_id
				join organisation.team t on t.id = s.team_id where u.username = 'manager'
				""").query(String.class).single();
	}

	/**
	 * A waiting case of another team than the browser test's, so tests never race for
	 * one.
	 */
	private String[] waitingCaseOfSomeTeam(int offset) {
		return jdbc.sql("""
				select t.code, a.id from allocation.awaiting_allocation a join organisation.team t on t.id = a.team_id
				where a.allocated_on is null and t.code <> :managers
				order by t.code, a.id offset :offset limit 1
				""")
			.param("managers", managersTeam())
			.param("offset", offset)
			.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2) })
			.single();
	}

	@Test
	void theDemoTeamsHaveCasesWaitingWithDaysWaiting() {
		JsonNode queue = http().get("/api/v1/teams/" + managersTeam() + "/allocations", "manager").json();
		assertThat(queue.get("cases").size()).isPositive();
		JsonNode first = queue.get("cases").get(0);
		assertThat(first.get("crn").asString()).matches("[A-Z][0-9]{6}");
		assertThat(first.get("daysWaiting").asLong()).isNotNegative();
		long total = jdbc.sql("select count(*) from allocation.awaiting_allocation").query(Long.class).single();
		assertThat(total).isGreaterThan(50);
		// a waiting case has no responsible officer yet
		assertThat(jdbc.sql("""
				select count(*) from allocation.awaiting_allocation a
				join people.responsible_officer ro on ro.person_id = a.person_id and ro.to_date is null
				where a.allocated_on is null
				""").query(Long.class).single()).isZero();
	}

	@Test
	void aPractitionerCannotSeeOrUseTheQueue() {
		assertThat(http().get("/api/v1/teams/" + managersTeam() + "/allocations", "practitioner").status())
			.isEqualTo(403);
		String[] waiting = waitingCaseOfSomeTeam(0);
		assertThat(http()
			.postJson("/api/v1/teams/" + waiting[0] + "/allocations/" + waiting[1], "practitioner",
					"{\"staffCode\":\"X\"}")
			.status()).isEqualTo(403);
		// the manager of another team cannot allocate it either
		assertThat(http().get("/api/v1/teams/" + waiting[0] + "/allocations/" + waiting[1], "manager").status())
			.isEqualTo(403);
	}

	@Test
	void overridingTheRecommendationNeedsAReasonAndNothingIsSavedWithout() {
		String[] waiting = waitingCaseOfSomeTeam(1);
		String path = "/api/v1/teams/" + waiting[0] + "/allocations/" + waiting[1];
		JsonNode recommendation = http().get(path, "admin").json();
		JsonNode recommended = recommendation.get("recommended");
		assertThat(recommended.size()).isGreaterThan(1);
		String second = recommended.get(1).get("staffCode").asString();

		TestHttp.Response refused = http().postJson(path, "admin", "{\"staffCode\":\"" + second + "\"}");
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("overrideReason");
		assertThat(jdbc.sql("select allocated_on from allocation.awaiting_allocation where id = :id")
			.param("id", Long.parseLong(waiting[1]))
			.query(java.time.LocalDate.class)
			.optional()).isEmpty();

		TestHttp.Response done = http().postJson(path, "admin", "{\"staffCode\":\"" + second
				+ "\",\"overrideReason\":\"Speaks the person's first language\",\"confirmReason\":\"Agreed with them\"}");
		assertThat(done.status()).isEqualTo(200);
		assertThat(done.json().get("overridden").asBoolean()).isTrue();
		assertThat(done.json().get("staffCode").asString()).isEqualTo(second);
		String crn = recommendation.get("crn").asString();
		assertThat(jdbc.sql("""
				select s.code from people.responsible_officer ro join organisation.staff s on s.id = ro.staff_id
				join people.person p on p.id = ro.person_id where p.crn = :crn and ro.to_date is null
				""").param("crn", crn).query(String.class).single()).isEqualTo(second);
		assertThat(jdbc
			.sql("""
					select override_reason || '|' || decided_by || '|' || (recommendation like '1. %') from allocation.officer_decision d
					join people.person p on p.id = d.person_id where p.crn = :crn
					""")
			.param("crn", crn)
			.query(String.class)
			.single()).isEqualTo("Speaks the person's first language|admin|true");
		assertThat(jdbc.sql("select count(*) from access.audit_event where crn = :crn and action = 'ALLOCATE_CASE'")
			.param("crn", crn)
			.query(Long.class)
			.single()).isEqualTo(1);
		// a second decision on the same case is a conflict
		assertThat(http().postJson(path, "admin", "{\"staffCode\":\"" + second + "\"}").status()).isEqualTo(409);
	}

	/**
	 * Issue 29: allocation to a practitioner over capacity was made in one click. It now
	 * needs a confirmation with its reason, kept in the audit trail.
	 */
	@Test
	void anAllocationOverCapacityNeedsAConfirmationWithItsReason() {
		for (int offset = 3; offset < 40; offset++) {
			String[] waiting = waitingCaseOfSomeTeam(offset);
			String path = "/api/v1/teams/" + waiting[0] + "/allocations/" + waiting[1];
			JsonNode recommendation = http().get(path, "admin").json();
			JsonNode over = null;
			for (JsonNode r : recommendation.get("recommended")) {
				if (r.get("capacityAfter") != null && !r.get("capacityAfter").isNull()
						&& r.get("capacityAfter").asDouble() > 100) {
					over = r;
					break;
				}
			}
			if (over == null) {
				continue;
			}
			String staff = over.get("staffCode").asString();
			String override = over.get("rank").asInt() == 1 ? "" : ",\"overrideReason\":\"Knows the family\"";
			TestHttp.Response refused = http().postJson(path, "admin",
					"{\"staffCode\":\"" + staff + "\"" + override + "}");
			assertThat(refused.status()).isEqualTo(400);
			assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("confirmReason");
			assertThat(refused.json().get("errors").get(0).get("message").asString()).contains("% of capacity");
			TestHttp.Response done = http().postJson(path, "admin", "{\"staffCode\":\"" + staff + "\"" + override
					+ ",\"confirmReason\":\"The only officer trained in this work; cover agreed for a month\"}");
			assertThat(done.status()).isEqualTo(200);
			String crn = recommendation.get("crn").asString();
			assertThat(jdbc.sql("select detail from access.audit_event where crn = :crn and action = 'ALLOCATE_CASE'")
				.param("crn", crn)
				.query(String.class)
				.single()).contains("confirmed although", "cover agreed for a month");
			return;
		}
		throw new AssertionError("No waiting case has a recommended practitioner over capacity");
	}

	@Test
	void anExcludedOrUnknownPractitionerIsRefusedWithTheReason() {
		String[] waiting = waitingCaseOfSomeTeam(2);
		String path = "/api/v1/teams/" + waiting[0] + "/allocations/" + waiting[1];
		TestHttp.Response unknown = http().postJson(path, "admin", "{\"staffCode\":\"NOBODY\"}");
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.json().get("errors").get(0).get("field").asString()).isEqualTo("staffCode");
		TestHttp.Response missing = http().postJson(path, "admin", "{}");
		assertThat(missing.status()).isEqualTo(400);
	}

	@Test
	void reallocationNeedsAReasonAndCountsAsAChangeOfOfficer() {
		String crn = jdbc.sql("""
				select p.crn from people.person p
				join people.responsible_officer ro on ro.person_id = p.id and ro.to_date is null
				join organisation.staff s on s.id = ro.staff_id
				where s.team_id is not null and p.transferred_out_on is null
				order by p.id offset 3000 limit 1
				""").query(String.class).single();
		JsonNode proposal = http().get("/api/v1/people/" + crn + "/reallocation", "admin").json();
		String top = proposal.get("recommended").get(0).get("staffCode").asString();
		TestHttp.Response noReason = http().postJson("/api/v1/people/" + crn + "/reallocation", "admin",
				"{\"staffCode\":\"" + top + "\"}");
		assertThat(noReason.status()).isEqualTo(400);
		assertThat(noReason.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");
		long before = jdbc.sql(
				"select count(*) from people.responsible_officer ro join people.person p on p.id = ro.person_id where p.crn = :crn")
			.param("crn", crn)
			.query(Long.class)
			.single();
		TestHttp.Response done = http().postJson("/api/v1/people/" + crn + "/reallocation", "admin", "{\"staffCode\":\""
				+ top + "\",\"reason\":\"LEAVING\",\"details\":\"Officer retiring\",\"confirmReason\":\"Agreed\"}");
		assertThat(done.status()).isEqualTo(200);
		assertThat(jdbc.sql(
				"select count(*) from people.responsible_officer ro join people.person p on p.id = ro.person_id where p.crn = :crn")
			.param("crn", crn)
			.query(Long.class)
			.single()).isEqualTo(before + 1);
		assertThat(jdbc.sql("""
				select reallocation_reason from allocation.officer_decision d join people.person p on p.id = d.person_id
				where p.crn = :crn and kind = 'REALLOCATION'
				""").param("crn", crn).query(String.class).single()).isEqualTo("LEAVING");
	}

}
