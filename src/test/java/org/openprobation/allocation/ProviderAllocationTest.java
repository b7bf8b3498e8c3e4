package org.openprobation.allocation;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openprobation.IntegrationTest;
import org.openprobation.TestHttp;
import org.openprobation.shared.WorkingDayCalendar;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Recording a new sentence runs the NPS/CRC rule; escalation is a measured workflow. */
@IntegrationTest
class ProviderAllocationTest {

	@org.springframework.beans.factory.annotation.Autowired
	java.time.Clock clock;

	@Value("${local.server.port}")
	int port;

	@Autowired
	JdbcClient jdbc;

	private TestHttp http() {
		return TestHttp.anonymous(port);
	}

	/** A supervised person of the demo, by offset, whose current RoSH matches. */
	private String personWithRosh(String condition, int offset) {
		return jdbc.sql("""
				select p.crn from people.person p
				join people.responsible_officer ro on ro.person_id = p.id and ro.to_date is null
				join lateral (select * from assessment.rosh_assessment r where r.person_id = p.id
				              order by assessed_on desc, id desc limit 1) r on true
				where p.transferred_out_on is null
				  and not exists (select 1 from allocation.transfer_request t where t.person_id = p.id)
				  and not exists (select 1 from assessment.registration g where g.person_id = p.id and g.type = 'MAPPA')
				  and (%s)
				order by p.id offset :offset limit 1
				""".formatted(condition)).param("offset", offset).query(String.class).single();
	}

	private static final String LOW_OR_MEDIUM = "greatest(r.children, r.public_at_large, r.known_adult, r.staff, r.prisoners) in ('LOW', 'MEDIUM')"
			+ " and 'HIGH' not in (r.children, r.public_at_large, r.known_adult, r.staff, r.prisoners)"
			+ " and 'VERY_HIGH' not in (r.children, r.public_at_large, r.known_adult, r.staff, r.prisoners)";

	private static final String HIGH = "'HIGH' in (r.children, r.public_at_large, r.known_adult, r.staff, r.prisoners)";

	private String sentence(String rosh, boolean mappa) {
		LocalDate today = LocalDate.now(clock);
		return """
				{"convictionDate":"%s","court":"Highbury Corner Magistrates' Court","offence":"Theft from a shop",
				 "offenceCategory":"THEFT_NON_MOTOR","offenceDate":"%s","kind":"COMMUNITY_ORDER","sentenceDate":"%s",
				 "lengthMonths":12,"roshLevel":"%s","mappaEligible":%s,"courtAssessment":true,
				 "safeguardingCheckDone":true,"domesticAbuseCheckDone":false,
				 "requirements":[{"kind":"UNPAID_WORK","amount":120},{"kind":"REHABILITATION_ACTIVITY","amount":20}]}
				""".formatted(today.minusDays(7), today.minusDays(40), today.minusDays(7), rosh, mappa);
	}

	private long count(String sql, String crn) {
		return jdbc.sql(sql).param("crn", crn).query(Long.class).single();
	}

	@Test
	void aLowRiskSentenceStaysWithTheCrcAndItsOfficerAndCountsAPreviousSanction() {
		String crn = personWithRosh(LOW_OR_MEDIUM, 10);
		long sanctionsBefore = count(
				"""
						select coalesce((select previous_sanctions from sentences.sanction_history h join people.person p on p.id = h.person_id
						where p.crn = :crn), 0)""",
				crn);
		TestHttp.Response response = http().postJson("/api/v1/people/" + crn + "/sentences", "admin",
				sentence("LOW", false));
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		JsonNode recorded = response.json();
		assertThat(recorded.get("allocatedTo").asString()).isEqualTo("CRC");
		assertThat(recorded.get("basis").asString()).startsWith("CRC: risk of serious harm is low, not MAPPA-eligible")
			.contains("court assessment")
			.contains("domestic abuse check not done");
		assertThat(recorded.get("responsibleOfficer").asString()).isNotBlank();
		// unpaid work must be done within 12 months of sentence, whatever the order's
		// length
		assertThat(jdbc.sql("""
				select count(*) from sentences.requirement r
				where r.sentence_id = :s and r.kind = 'UNPAID_WORK' and r.amount_ordered = 120
				  and r.end_date < r.start_date + interval '12 months'
				""").param("s", recorded.get("sentenceId").asLong()).query(Long.class).single()).isEqualTo(1);
		assertThat(recorded.has("transferRequestId") && !recorded.get("transferRequestId").isNull()).isFalse();
		assertThat(
				count("""
						select count(*) from allocation.provider_allocation a join people.person p on p.id = a.person_id
						where p.crn = :crn and a.decided_type = 'CRC' and a.court_assessment and not a.domestic_abuse_check_done""",
						crn))
			.isEqualTo(1);
		assertThat(count("""
				select previous_sanctions from sentences.sanction_history h join people.person p on p.id = h.person_id
				where p.crn = :crn""", crn)).isEqualTo(sanctionsBefore + 1);
		assertThat(count("""
				select count(*) from assessment.tier_history h join people.person p on p.id = h.person_id
				where p.crn = :crn and h.reason = 'New sentence recorded'""", crn)).isEqualTo(1);
	}

	@Test
	void aHighRiskOrMappaEligibleSentenceIsReferredToTheNpsWithADecisionDueInFiveWorkingDays() {
		String high = personWithRosh(LOW_OR_MEDIUM, 20);
		JsonNode recorded = http().postJson("/api/v1/people/" + high + "/sentences", "admin", sentence("HIGH", false))
			.json();
		assertThat(recorded.get("allocatedTo").asString()).isEqualTo("NPS_DIVISION");
		assertThat(recorded.get("basis").asString()).startsWith("NPS: risk of serious harm is high");
		long id = recorded.get("transferRequestId").asLong();
		JsonNode request = null;
		for (JsonNode t : http().get("/api/v1/transfers", "admin").json()) {
			if (t.get("id").asLong() == id) {
				request = t;
			}
		}
		assertThat(request).isNotNull();
		assertThat(request.get("kind").asString()).isEqualTo("ALLOCATION");
		assertThat(LocalDate.parse(request.get("decisionDueOn").asString()))
			.isEqualTo(WorkingDayCalendar.plusWorkingDays(LocalDate.parse(request.get("requestedOn").asString()), 5));

		String mappa = personWithRosh(LOW_OR_MEDIUM, 30);
		JsonNode mappaRecorded = http()
			.postJson("/api/v1/people/" + mappa + "/sentences", "admin", sentence("LOW", true))
			.json();
		assertThat(mappaRecorded.get("allocatedTo").asString()).isEqualTo("NPS_DIVISION");
		assertThat(mappaRecorded.get("basis").asString())
			.isEqualTo("NPS: MAPPA-eligible; court assessment; safeguarding check done; domestic abuse check not done");
	}

	@Test
	void badSentencesNameEachFieldAndSaveNothing() {
		String crn = personWithRosh(LOW_OR_MEDIUM, 40);
		long events = count(
				"select count(*) from sentences.event e join people.person p on p.id = e.person_id where p.crn = :crn",
				crn);
		TestHttp.Response response = http().postJson("/api/v1/people/" + crn + "/sentences", "admin",
				"""
						{"convictionDate":"2026-02-30","court":"","offence":"Theft","offenceCategory":"PICKPOCKETING",
						 "offenceDate":"2026-01-01","kind":"LICENCE","sentenceDate":"2026-01-01","lengthMonths":0,"colour":"red"}
						""");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.body()).contains("convictionDate", "court", "offenceCategory", "lengthMonths", "colour");
		TestHttp.Response impossible = http().postJson("/api/v1/people/" + crn + "/sentences", "admin",
				"""
						{"convictionDate":"2026-01-10","court":"Camberwell Green","offence":"Theft","offenceCategory":"THEFT_NON_MOTOR",
						 "offenceDate":"2026-02-01","kind":"LICENCE","sentenceDate":"2026-01-01","lengthMonths":12,"roshLevel":"EXTREME"}
						""");
		assertThat(impossible.status()).isEqualTo(400);
		assertThat(impossible.body()).contains("offenceDate", "kind", "sentenceDate", "roshLevel");
		TestHttp.Response noRequirements = http().postJson("/api/v1/people/" + crn + "/sentences", "admin",
				"""
						{"convictionDate":"2026-01-10","court":"Camberwell Green","offence":"Theft","offenceCategory":"THEFT_NON_MOTOR",
						 "offenceDate":"2026-01-01","kind":"COMMUNITY_ORDER","sentenceDate":"2026-01-10","lengthMonths":12,
						 "requirements":[{"kind":"UNPAID_WORK","amount":500},{"kind":"CURFEW"},{"kind":"EXCLUSION","amount":3}]}
						""");
		assertThat(noRequirements.status()).isEqualTo(400);
		assertThat(noRequirements.body()).contains("requirements.UNPAID_WORK", "between 40 and 300 hours",
				"requirements.CURFEW", "requirements.EXCLUSION", "has no amount");
		assertThat(count(
				"select count(*) from sentences.event e join people.person p on p.id = e.person_id where p.crn = :crn",
				crn))
			.isEqualTo(events);
		assertThat(
				http().postJson("/api/v1/people/" + crn + "/sentences", "inspector", sentence("LOW", false)).status())
			.isEqualTo(403);
	}

	@Test
	@org.junit.jupiter.api.DisplayName("TRF-1: the responsible officer escalates their own case and is shown the request once")
	void theResponsibleOfficerEscalatesTheirOwnCaseAndIsShownTheRequestOnce() {
		String crn = personWithRosh(HIGH
				+ " and ro.staff_id = (select u.staff_id from access.app_user u where u.username = 'practitioner')", 0);
		long auditBefore = count("select count(*) from access.audit_event where crn = :crn", crn);

		TestHttp.Response escalated = http().postJson("/api/v1/people/" + crn + "/escalations", "practitioner",
				"{\"reasons\":\"Disclosed a plan to harm his former partner at the home visit\"}");

		assertThat(escalated.status()).isEqualTo(201);
		assertThat(escalated.json().get("kind").asString()).isEqualTo("ESCALATION");
		assertThat(escalated.json().get("crn").asString()).isEqualTo(crn);
		// the escalation is audited once, as an escalation, not again as a read of the
		// request
		assertThat(count("select count(*) from access.audit_event where crn = :crn", crn) - auditBefore).isEqualTo(1);
		assertThat(
				count("select count(*) from access.audit_event where crn = :crn and action = 'ESCALATE_TO_NPS'", crn))
			.isEqualTo(1);
	}

	@Test
	@org.junit.jupiter.api.DisplayName("TRF-1: an escalation needs high or very high risk and reasons, and the accepted one transfers the case")
	void escalationNeedsHighRiskAndReasonsAndAnAcceptedOneTransfersTheCase() {
		String medium = personWithRosh(LOW_OR_MEDIUM, 50);
		TestHttp.Response notHigh = http().postJson("/api/v1/people/" + medium + "/escalations", "admin",
				"{\"reasons\":\"Worried\"}");
		assertThat(notHigh.status()).isEqualTo(400);
		assertThat(notHigh.body()).contains("high or very high");

		String crn = personWithRosh(HIGH, 0);
		assertThat(http().postJson("/api/v1/people/" + crn + "/escalations", "admin", "{}").status()).isEqualTo(400);
		TestHttp.Response escalated = http().postJson("/api/v1/people/" + crn + "/escalations", "admin",
				"{\"reasons\":\"New partner with two young children; threats made to her\"}");
		assertThat(escalated.status()).isEqualTo(201);
		long id = escalated.json().get("id").asLong();
		assertThat(escalated.json().get("kind").asString()).isEqualTo("ESCALATION");
		assertThat(
				http().postJson("/api/v1/people/" + crn + "/escalations", "admin", "{\"reasons\":\"Again\"}").status())
			.isEqualTo(409);

		String decision = "/api/v1/transfers/" + id + "/decision";
		assertThat(http().postJson(decision, "practitioner", "{\"decision\":\"ACCEPTED\",\"reasons\":\"x\"}").status())
			.isEqualTo(403);
		TestHttp.Response noReasons = http().postJson(decision, "area", "{\"decision\":\"ACCEPTED\"}");
		assertThat(noReasons.status()).isEqualTo(400);
		assertThat(noReasons.body()).contains("decisionReasons");

		TestHttp.Response accepted = http().postJson(decision, "admin",
				"{\"decision\":\"ACCEPTED\",\"reasons\":\"Meets the NPS threshold: high risk to a known adult\"}");
		assertThat(accepted.status()).isEqualTo(200);
		assertThat(accepted.json().get("transferredOn").asString()).isEqualTo(LocalDate.now(clock).toString());
		assertThat(accepted.json().get("workingDaysToDecision").asInt()).isZero();
		assertThat(accepted.json().get("overdue").asBoolean()).isFalse();
		assertThat(count("""
				select count(*) from people.responsible_officer ro join people.person p on p.id = ro.person_id
				where p.crn = :crn and ro.to_date is null""", crn)).isZero();
		assertThat(jdbc.sql("select transferred_to from people.person where crn = :crn")
			.param("crn", crn)
			.query(String.class)
			.single()).isEqualTo("the National Probation Service");
		assertThat(http().postJson(decision, "admin", "{\"decision\":\"REJECTED\",\"reasons\":\"late\"}").status())
			.isEqualTo(409);
		assertThat(count(
				"select count(*) from access.audit_event where crn = :crn and action = 'NPS_ACCEPTED_TRANSFER'", crn))
			.isEqualTo(1);
	}

	@Test
	void aReleaseEndsCustodyStartsTheLicenceAndRunsTheRuleAgain() {
		String crn = jdbc.sql("""
				select p.crn from people.person p
				join sentences.sentence s on s.person_id = p.id and s.status = 'ACTIVE' and s.kind = 'PRE_RELEASE'
				join people.responsible_officer ro on ro.person_id = p.id and ro.to_date is null
				where s.start_date < current_date - 30 and p.transferred_out_on is null
				  and not exists (select 1 from allocation.transfer_request t where t.person_id = p.id)
				order by p.id offset 7 limit 1
				""").query(String.class).single();
		LocalDate today = LocalDate.now(clock);
		String path = "/api/v1/people/" + crn + "/releases";
		TestHttp.Response bad = http().postJson(path, "admin",
				"{\"releaseDate\":\"" + today.plusDays(3) + "\",\"licenceEndDate\":\"" + today.minusDays(1) + "\"}");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.body()).contains("releaseDate", "licenceEndDate");
		TestHttp.Response released = http().postJson(path, "admin", "{\"releaseDate\":\"" + today.minusDays(1)
				+ "\",\"licenceEndDate\":\"" + today.plusMonths(9) + "\",\"roshLevel\":\"MEDIUM\"}");
		assertThat(released.status()).as(released.body()).isEqualTo(201);
		assertThat(released.json().get("allocatedTo").asString()).isEqualTo("CRC");
		assertThat(count("""
				select count(*) from sentences.sentence s join people.person p on p.id = s.person_id
				where p.crn = :crn and s.status = 'ACTIVE' and s.kind = 'LICENCE'""", crn)).isPositive();
		assertThat(count("""
				select count(*) from sentences.sentence s join people.person p on p.id = s.person_id
				where p.crn = :crn and s.status = 'ACTIVE' and s.kind = 'PRE_RELEASE'""", crn)).isZero();
		assertThat(count("""
				select count(*) from allocation.provider_allocation a join people.person p on p.id = a.person_id
				where p.crn = :crn and a.occasion = 'RELEASE'""", crn)).isEqualTo(1);
		// nothing left to release from
		assertThat(http()
			.postJson(path, "admin",
					"{\"releaseDate\":\"" + today + "\",\"licenceEndDate\":\"" + today.plusMonths(9) + "\"}")
			.status()).isEqualTo(409);
	}

}
