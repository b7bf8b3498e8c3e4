package org.openprobation.assessment;

import org.openprobation.access.CurrentUser;
import org.openprobation.access.Users;
import org.openprobation.assessment.application.Registrations;
import org.openprobation.shared.Crn;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openprobation.IntegrationTest;
import org.openprobation.TestHttp;
import org.openprobation.assessment.domain.Ogrs3;
import org.openprobation.assessment.domain.Sex;
import org.openprobation.assessment.domain.TierRule;
import org.openprobation.sentences.OffenceCategory;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The tier a case carries is the calculator's answer for the inputs its record gives. */
@IntegrationTest
class CaseTierTest {

	@org.springframework.beans.factory.annotation.Autowired
	java.time.Clock clock;

	private static final LocalDate AS_OF = LocalDate.parse(IntegrationTest.AS_OF);

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Assessments assessments;

	@Autowired
	Registrations registrations;

	@Autowired
	Users users;

	@Value("${local.server.port}")
	int port;

	/**
	 * The inputs of the tier, read straight from the tables with SQL, independently of
	 * the application code.
	 */
	private TierRule.Inputs inputsFromTables(long person) {
		Map<String, Object> p = jdbc.sql("select gender, date_of_birth from people.person where id = :id")
			.param("id", person)
			.query()
			.singleRow();
		Sex sex = "FEMALE".equals(p.get("gender")) ? Sex.FEMALE : Sex.MALE;
		String rosh = jdbc.sql("""
				select greatest_level from (
				  select (select max(l) from unnest(array[
				    array_position(array['LOW','MEDIUM','HIGH','VERY_HIGH'], children),
				    array_position(array['LOW','MEDIUM','HIGH','VERY_HIGH'], public_at_large),
				    array_position(array['LOW','MEDIUM','HIGH','VERY_HIGH'], known_adult),
				    array_position(array['LOW','MEDIUM','HIGH','VERY_HIGH'], staff),
				    -- the risk to prisoners counts only while the person is in custody
				    case when exists (select 1 from sentences.sentence s where s.person_id = a.person_id
				                      and s.status = 'ACTIVE' and s.kind = 'PRE_RELEASE')
				         then array_position(array['LOW','MEDIUM','HIGH','VERY_HIGH'], prisoners) else 1 end]) l)
				    as greatest_level, assessed_on, id
				  from assessment.rosh_assessment a where person_id = :id order by assessed_on desc, id desc limit 1) r
				""")
			.param("id", person)
			.query((rs, n) -> new String[] { "LOW", "MEDIUM", "HIGH", "VERY_HIGH" }[rs.getInt(1) - 1])
			.optional()
			.orElse(null);
		BigDecimal rsr = jdbc.sql(
				"select percent from assessment.rsr_score where person_id = :id order by scored_on desc, id desc limit 1")
			.param("id", person)
			.query(BigDecimal.class)
			.optional()
			.orElse(null);
		List<Map<String, Object>> flags = jdbc
			.sql("select type, mappa_level from assessment.registration where person_id = :id and ended_on is null")
			.param("id", person)
			.query()
			.listOfRows();
		Set<TierRule.ComplexityFactor> complexity = EnumSet.noneOf(TierRule.ComplexityFactor.class);
		TierRule.MappaLevel mappa = null;
		boolean iom = false;
		for (Map<String, Object> flag : flags) {
			String type = (String) flag.get("type");
			for (TierRule.ComplexityFactor f : TierRule.ComplexityFactor.values()) {
				if (f.name().equals(type)) {
					complexity.add(f);
				}
			}
			if ("MAPPA".equals(type)) {
				mappa = TierRule.MappaLevel.valueOf("M" + flag.get("mappa_level"));
			}
			iom |= "IOM_NOMINAL".equals(type);
		}
		Map<String, Object> needsHead = jdbc.sql(
				"select id, assessed_on from assessment.needs_assessment where person_id = :id order by assessed_on desc, id desc limit 1")
			.param("id", person)
			.query()
			.listOfRows()
			.stream()
			.findFirst()
			.orElse(null);
		Map<TierRule.Need, TierRule.NeedSeverity> needs = new EnumMap<>(TierRule.Need.class);
		boolean valid = false;
		if (needsHead != null) {
			jdbc.sql("select need, severity from assessment.need where needs_assessment_id = :id")
				.param("id", needsHead.get("id"))
				.query((rs, n) -> needs.put(TierRule.Need.valueOf(rs.getString(1)),
						TierRule.NeedSeverity.valueOf(rs.getString(2))))
				.list();
			LocalDate on = ((java.sql.Date) needsHead.get("assessed_on")).toLocalDate();
			valid = !on.isBefore(AS_OF.minusWeeks(55));
		}
		boolean mandate = jdbc
			.sql("""
					select exists (select 1 from sentences.sentence s where s.person_id = :id and s.status = 'ACTIVE'
					  and (s.kind in ('LICENCE', 'POST_SENTENCE_SUPERVISION', 'PRE_RELEASE')
					       or exists (select 1 from sentences.requirement r where r.sentence_id = s.id and r.status = 'ACTIVE'
					                  and r.kind <> 'UNPAID_WORK')))
					""")
			.param("id", person)
			.query(Boolean.class)
			.single();
		Map<String, Object> conviction = jdbc
			.sql("""
					select e.conviction_date, s.kind, s.sentence_date, s.release_date,
					  (select category from sentences.offence o where o.event_id = e.id order by main desc, id limit 1) as category,
					  h.previous_sanctions, h.first_sanction_date
					from sentences.sentence s join sentences.event e on e.id = s.event_id
					join sentences.sanction_history h on h.person_id = s.person_id
					where s.person_id = :id and s.status = 'ACTIVE' order by e.conviction_date desc, s.id desc limit 1
					""")
			.param("id", person)
			.query()
			.singleRow();
		LocalDate convicted = ((java.sql.Date) conviction.get("conviction_date")).toLocalDate();
		String kind = (String) conviction.get("kind");
		LocalDate riskDate = ("LICENCE".equals(kind) || "POST_SENTENCE_SUPERVISION".equals(kind))
				? ((java.sql.Date) conviction.get("release_date")).toLocalDate()
				: ((java.sql.Date) conviction.get("sentence_date")).toLocalDate();
		int previous = (Integer) conviction.get("previous_sanctions");
		LocalDate first = previous == 0 ? convicted
				: ((java.sql.Date) conviction.get("first_sanction_date")).toLocalDate();
		Ogrs3.Result ogrs = Ogrs3
			.score(new Ogrs3.Input(sex, ((java.sql.Date) p.get("date_of_birth")).toLocalDate(), convicted, riskDate,
					first, null, previous, OffenceCategory.valueOf((String) conviction.get("category"))));
		int ogrsPercent = ogrs instanceof Ogrs3.Score s ? s.twoYearPercent() : 0;
		TierRule.WomenFactors women = jdbc.sql("""
				select parenting_responsibilities, impulsivity_or_temper,
				       coalesce(breach_or_recall_on >= cast(:asOf as date) - interval '1 year', false) as recent
				from assessment.women_factors where person_id = :id order by assessed_on desc, id desc limit 1
				""")
			.param("id", person)
			.param("asOf", LocalDate.now(clock))
			.query((rs, n) -> new TierRule.WomenFactors(rs.getBoolean(1), rs.getBoolean(2), rs.getBoolean(3)))
			.optional()
			.orElse(TierRule.WomenFactors.none());
		return new TierRule.Inputs(sex, rosh == null ? null : TierRule.RoshLevel.valueOf(rosh), rsr, mappa, complexity,
				women, mandate, valid, needs, ogrsPercent, iom, false);
	}

	@Test
	void everySampledCasesTierEqualsTheCalculatorsAnswerForItsRecord() {
		List<Long> sample = jdbc
			.sql("select person_id from assessment.tier order by person_id % 97, person_id limit 300")
			.query(Long.class)
			.list();
		assertThat(sample).hasSize(300);
		for (Long person : sample) {
			String stored = jdbc.sql("select tier from assessment.tier where person_id = :id")
				.param("id", person)
				.query(String.class)
				.single();
			assertThat(stored).as("person %d", person).isEqualTo(TierRule.calculate(inputsFromTables(person)).code());
		}
	}

	@Test
	void everyDemoCaseHasATier() {
		assertThat(jdbc.sql("select count(*) from assessment.tier").query(Long.class).single()).isEqualTo(29_473L);
	}

	@Test
	void addingAndEndingARegistrationRecomputesTheTierWithHistoryAndIsAudited() {
		var row = jdbc.sql("""
				select t.person_id, p.crn from assessment.tier t join people.person p on p.id = t.person_id
				join people.responsible_officer ro on ro.person_id = p.id and ro.to_date is null
				join access.app_user u on u.staff_id = ro.staff_id and u.username = 'practitioner'
				where t.tier like 'D%' and not exists (select 1 from assessment.registration r
				  where r.person_id = t.person_id and r.type = 'MAPPA' and r.ended_on is null)
				order by t.person_id limit 1
				""").query().singleRow();
		long person = ((Number) row.get("person_id")).longValue();
		Crn crn = Crn.parse(((String) row.get("crn")).trim()).orElseThrow();
		CurrentUser practitioner = users.find("practitioner").orElseThrow();
		String before = jdbc.sql("select tier from assessment.tier where person_id = :id")
			.param("id", person)
			.query(String.class)
			.single();
		Registration mappa = registrations.add(practitioner, crn, new Registrations.NewRegistration(
				RegistrationType.MAPPA, 2, 2, LocalDate.now(clock).minusDays(5), LocalDate.now(clock).plusMonths(6)));
		String during = jdbc.sql("select tier from assessment.tier where person_id = :id")
			.param("id", person)
			.query(String.class)
			.single();
		assertThat(during).startsWith("A");
		assertThat(jdbc.sql("select reason from assessment.tier_history where person_id = :id order by id desc limit 1")
			.param("id", person)
			.query(String.class)
			.single()).contains("Registration added: MAPPA").contains("was " + before);
		assertThat(jdbc.sql("select count(*) from access.audit_event where crn = :crn and action = 'ADD_REGISTRATION'")
			.param("crn", crn.value())
			.query(Long.class)
			.single()).isPositive();
		assertThat(registrations.end(practitioner, crn, mappa.id(), "Deregistered at MAPPA meeting")).isTrue();
		assertThat(registrations.end(practitioner, crn, mappa.id(), "again")).isFalse();
		assertThat(jdbc.sql("select count(*) from access.audit_event where crn = :crn and action = 'END_REGISTRATION'")
			.param("crn", crn.value())
			.query(Long.class)
			.single()).isPositive();
		String after = jdbc.sql("select tier from assessment.tier where person_id = :id")
			.param("id", person)
			.query(String.class)
			.single();
		assertThat(after.charAt(0)).isEqualTo(before.charAt(0));
	}

	@Test
	void theAssessmentApiAnswersForACase() {
		String crn = jdbc.sql("""
				select p.crn from people.person p join assessment.rosh_assessment r on r.person_id = p.id
				join assessment.registration g on g.person_id = p.id and g.ended_on is null order by p.id limit 1
				""").query(String.class).single();
		TestHttp.Response response = TestHttp.anonymous(port)
			.get("/api/v1/people/" + crn + "/assessment", "practitioner");
		assertThat(response.status()).isEqualTo(200);
		JsonNode a = response.json();
		assertThat(a.get("crn").asString()).isEqualTo(crn);
		assertThat(a.get("rosh").get("levels").size()).isEqualTo(5);
		assertThat(a.get("tier").get("tier").asString()).matches("[A-D][0-3]S?");
		assertThat(a.get("registrations").size()).isPositive();
		assertThat(a.get("ogrs3").get("band").asString()).isIn("LOW", "MEDIUM", "HIGH", "VERY_HIGH");
		assertThat(a.has("planGaps")).isTrue();
		assertThat(a.has("outstandingSafeguardingChecks")).isTrue();
	}

	@Test
	void aboutAQuarterOfInitialRoshAssessmentsAreLateOrMissing() {
		double lateOrMissing = jdbc
			.sql("""
					select avg(case when r.first is null or r.first > ro.start + 21 then 1.0 else 0 end)
					from (select person_id, min(from_date) as start from people.responsible_officer group by person_id) ro
					left join (select person_id, min(assessed_on) as first from assessment.rosh_assessment group by person_id) r
					  on r.person_id = ro.person_id
					where ro.start < date '2026-10-01'
					""")
			.query(Double.class)
			.single();
		assertThat(lateOrMissing).isBetween(0.2, 0.3);
	}

}
