package org.openprobation.oversight;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openprobation.IntegrationTest;
import org.openprobation.TestHttp;
import org.openprobation.access.CurrentUser;
import org.openprobation.access.Users;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The dashboards' figures against direct SQL counts on the demo data, and every number
 * against the list of cases it links to.
 */
@IntegrationTest
class OversightTest {

	@org.springframework.beans.factory.annotation.Autowired
	java.time.Clock clock;

	@Autowired
	Oversight oversight;

	@Autowired
	org.openprobation.oversight.application.FigureCases figureCases;

	@Autowired
	Users users;

	@Autowired
	JdbcClient jdbc;

	@Value("${local.server.port}")
	int port;

	private CurrentUser quality;

	private Scope provider;

	@BeforeEach
	void provider() {
		oversight.refresh();
		quality = users.find("quality").orElseThrow();
		provider = oversight.home(quality);
	}

	private int sql(String query) {
		var statement = jdbc.sql(query).param("p", provider.providerId());
		if (query.contains(":today")) {
			statement = statement.param("today", LocalDate.now(clock));
		}
		return statement.query(Integer.class).single();
	}

	@Test
	void managersAskingAtOnceBeforeAnyGatheringShareOneGathering() throws Exception {
		java.util.concurrent.ExecutorService managers = java.util.concurrent.Executors.newFixedThreadPool(8);
		try {
			java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
			List<java.util.concurrent.Future<OversightData>> answers = new java.util.ArrayList<>();
			for (int i = 0; i < 8; i++) {
				answers.add(managers.submit(() -> {
					start.await();
					return oversight.data(provider.providerId());
				}));
			}
			start.countDown();
			java.util.Set<OversightData> distinct = java.util.Collections
				.newSetFromMap(new java.util.IdentityHashMap<>());
			for (var answer : answers) {
				distinct.add(answer.get(2, java.util.concurrent.TimeUnit.MINUTES));
			}
			assertThat(distinct).hasSize(1);
		}
		finally {
			managers.shutdownNow();
		}
	}

	@Test
	void warmingGathersEveryProviderNotYetGatheredAndThenNothing() throws InterruptedException {
		int providers = jdbc.sql("select count(*) from organisation.provider").query(Integer.class).single();
		// the start-up's own recording and warming must not gather in between
		for (Thread thread : Thread.getAllStackTraces().keySet()) {
			if (thread.getName().equals("oversight-recorder")) {
				thread.join(java.time.Duration.ofMinutes(5).toMillis());
			}
		}
		oversight.refresh();
		assertThat(oversight.gatheredAt(provider.providerId())).isNull();
		assertThat(oversight.warm()).isEqualTo(providers).isPositive();
		assertThat(oversight.gatheredAt(provider.providerId())).isNotNull();
		assertThat(oversight.warm()).isZero();
	}

	@Test
	void providerFiguresEqualDirectSqlCounts() {
		Oversight.Dashboard d = oversight.dashboard(quality, provider);
		LocalDate from = LocalDate.now(clock).minusMonths(12).plusDays(1);
		int supervised = sql("""
				select count(distinct p.id) from people.person p join sentences.sentence s on s.person_id = p.id
				where s.status = 'ACTIVE' and p.transferred_out_on is null and p.provider_id = :p
				""");
		assertThat(d.figure(Metric.CONTACT_OVERDUE).denominator()).isEqualTo(supervised);
		assertThat(d.figure(Metric.SAFEGUARDING_OUTSTANDING).count()).isEqualTo(sql("""
				select count(distinct c.person_id) from assessment.safeguarding_check c
				join reporting.person_under_supervision u on u.person_id = c.person_id
				where c.answered_on is null and u.provider_id = :p
				"""));
		assertThat(d.figure(Metric.CONTINUITY).count()).isEqualTo(
				sql("""
						select count(*) from reporting.person_under_supervision u where u.provider_id = :p
						  and not exists (select 1 from people.responsible_officer r where r.person_id = u.person_id
						    and r.from_date >= cast(:today as date) - interval '12 months'
						    and exists (select 1 from people.responsible_officer e where e.person_id = r.person_id
						                and e.id <> r.id and (e.from_date < r.from_date or (e.from_date = r.from_date and e.id < r.id))))
						"""));
		assertThat(d.figure(Metric.OVER_CAPACITY).denominator()).isEqualTo(sql("""
				select count(*) from organisation.staff s join organisation.office o on o.id = s.office_id
				join organisation.borough b on b.id = o.borough_id join organisation.area a on a.id = b.area_id
				where s.grade in ('PROBATION_OFFICER', 'PROBATION_SERVICES_OFFICER') and a.provider_id = :p
				"""));
		assertThat(d.figure(Metric.ENFORCEMENT_ON_TIME).denominator()).isEqualTo(jdbc
			.sql("""
					select count(*) from enforcement.action a join people.person p on p.id = a.person_id
					where a.kind in ('BREACH', 'RECALL') and a.submitted_on between :from and cast(:today as date) and p.provider_id = :p
					""")
			.param("from", from)
			.param("today", LocalDate.now(clock))
			.param("p", provider.providerId())
			.query(Integer.class)
			.single());
		assertThat(d.figure(Metric.COMPLETION_COMMUNITY).denominator()).isEqualTo(jdbc.sql("""
				select count(*) from sentences.sentence s join people.person p on p.id = s.person_id
				where s.kind in ('COMMUNITY_ORDER', 'SUSPENDED_SENTENCE_ORDER') and s.status <> 'ACTIVE'
				  and s.ended_on between :from and cast(:today as date) and p.provider_id = :p
				""")
			.param("from", from)
			.param("today", LocalDate.now(clock))
			.param("p", provider.providerId())
			.query(Integer.class)
			.single());
		assertThat(d.figure(Metric.COMPLETION_COMMUNITY).count()).isEqualTo(jdbc
			.sql("""
					select count(*) from sentences.sentence s join people.person p on p.id = s.person_id
					where s.kind in ('COMMUNITY_ORDER', 'SUSPENDED_SENTENCE_ORDER') and s.status in ('COMPLETED', 'TERMINATED_EARLY')
					  and s.ended_on between :from and cast(:today as date) and p.provider_id = :p
					""")
			.param("from", from)
			.param("today", LocalDate.now(clock))
			.param("p", provider.providerId())
			.query(Integer.class)
			.single());
		assertThat(d.figure(Metric.UPW_STAND_DOWNS).count()).isEqualTo(jdbc
			.sql("""
					select count(*) from unpaidwork.booking b join unpaidwork.session s on s.id = b.session_id
					join people.person p on p.id = b.person_id
					where b.status = 'BOOKED' and b.attendance = 'STOOD_DOWN' and s.starts_at::date between :from and cast(:today as date)
					  and p.provider_id = :p
					""")
			.param("from", from)
			.param("today", LocalDate.now(clock))
			.param("p", provider.providerId())
			.query(Integer.class)
			.single());
		assertThat(d.figure(Metric.ROSH_LATE).count()).isPositive();
		// the share of high and very high RoSH cases whose latest assessment is
		// countersigned
		String latestHigh = """
				select r.id from reporting.person_under_supervision u
				join lateral (select r.* from assessment.rosh_assessment r where r.person_id = u.person_id
				              order by r.assessed_on desc, r.id desc limit 1) r on true
				where u.provider_id = :p
				  and (array[r.children, r.public_at_large, r.known_adult, r.staff] && array['HIGH', 'VERY_HIGH']
				       or (r.prisoners in ('HIGH', 'VERY_HIGH') and exists (select 1 from reporting.sentence s
				           where s.person_id = r.person_id and s.status = 'ACTIVE' and s.kind = 'PRE_RELEASE')))""";
		assertThat(d.figure(Metric.ROSH_COUNTERSIGNED).denominator()).isPositive()
			.isEqualTo(sql("select count(*) from (" + latestHigh + ") h"));
		assertThat(d.figure(Metric.ROSH_COUNTERSIGNED).count()).isPositive()
			.isLessThan(d.figure(Metric.ROSH_COUNTERSIGNED).denominator())
			.isEqualTo(sql("""
					select count(*) from (%s) h where (select c.decision from assessment.rosh_countersignature c
					  where c.rosh_assessment_id = h.id order by c.decided_at desc, c.id desc limit 1) = 'COUNTERSIGNED'
					""".formatted(latestHigh)));
		assertThat(d.figure(Metric.PLAN_GAPS).count()).isPositive();
		assertThat(d.figure(Metric.COMPLETION_COMMUNITY).target()).isEqualTo(75);
		assertThat(d.figure(Metric.COMPLETION_LICENCE).target()).isEqualTo(65);
		assertThat(d.children()).hasSize(5);
	}

	@Test
	void everyNumberListsExactlyTheCasesItCounts() {
		Scope area = oversight.children(provider).get(0);
		Scope team = oversight.children(area).get(0);
		for (Scope scope : List.of(provider, area, team)) {
			Oversight.Dashboard d = oversight.dashboard(quality, scope);
			for (Oversight.Figure f : d.figures()) {
				Oversight.Cases counted = figureCases.cases(quality, scope, f.metric(), false);
				Oversight.Cases all = figureCases.cases(quality, scope, f.metric(), true);
				assertThat(counted.size()).as("%s %s", scope.code(), f.metric()).isEqualTo(f.count());
				assertThat(all.size()).as("%s %s of", scope.code(), f.metric()).isEqualTo(f.denominator());
				assertThat(f.trend()).isNotEmpty();
				assertThat(f.trend().get(f.trend().size() - 1).month()).isEqualTo(java.time.YearMonth.now(clock));
			}
		}
		// the areas partition the provider's allocated cases
		int inAreas = oversight.children(provider)
			.stream()
			.mapToInt(a -> oversight.dashboard(quality, a).figure(Metric.CONTACT_OVERDUE).denominator())
			.sum();
		int allocated = sql("""
				select count(*) from reporting.supervised_case where provider_id = :p and area_id is not null
				""");
		assertThat(inAreas).isEqualTo(allocated);
	}

	@Test
	void stateFiguresHaveTwelveMonthsOfHistoryAndFlowFiguresCountEachMonth() {
		Oversight.Dashboard d = oversight.dashboard(quality, provider);
		assertThat(d.figure(Metric.CONTACT_OVERDUE).trend()).hasSize(12);
		Oversight.Figure completions = d.figure(Metric.COMPLETION_COMMUNITY);
		assertThat(completions.trend()).hasSize(12);
		// the trend's calendar months lie within the last 12 months to today
		assertThat(completions.trend().stream().mapToInt(Oversight.Point::denominator).sum()).isPositive()
			.isLessThanOrEqualTo(completions.denominator());
	}

	@Test
	void theEnforcementEventsBehindTheFigureSayWhetherABreachOrARecallWasSubmitted() {
		OversightData data = oversight.data(provider.providerId());
		List<String> submitted = data.events()
			.stream()
			.filter(e -> e.metric() == Metric.ENFORCEMENT_ON_TIME)
			.map(OversightData.Event::detail)
			.toList();
		int recalls = jdbc.sql("""
				select count(*) from enforcement.action a join people.person p on p.id = a.person_id
				where p.provider_id = :p and a.kind = 'RECALL' and a.submitted_on is not null
				  and a.submitted_on > cast(:today as date) - interval '13 months'
				""")
			.param("p", provider.providerId())
			.param("today", LocalDate.now(clock))
			.query(Integer.class)
			.single();
		assertThat(recalls).as("the demo's recalls submitted").isPositive();
		assertThat(submitted).anyMatch(d -> d.startsWith("Recall submitted"))
			.anyMatch(d -> d.startsWith("Breach submitted"));
	}

	@Test
	void flowFiguresCountedInOnePassEqualTheirCountsEventByEvent() {
		OversightData data = oversight.data(provider.providerId());
		List<Scope> scopes = new java.util.ArrayList<>(List.of(provider));
		scopes.addAll(oversight.children(provider));
		scopes.add(oversight.home(users.find("manager").orElseThrow()));
		java.time.YearMonth current = java.time.YearMonth.from(data.asOf());
		for (Scope scope : scopes) {
			org.openprobation.oversight.domain.Flows flows = Oversight.flows(data, scope);
			for (Metric metric : Metric.values()) {
				if (!metric.flow()) {
					continue;
				}
				assertThat(flows.window(metric)).as(scope.code() + " " + metric)
					.containsExactly(Oversight.count(data, scope, metric, data.asOf()));
				for (int back = 0; back < 12; back++) {
					java.time.YearMonth month = current.minusMonths(back);
					LocalDate end = back == 0 ? data.asOf() : month.atEndOfMonth();
					int[] eventByEvent = new int[2];
					for (OversightData.Event e : data.events()) {
						if (e.metric() == metric && !e.on().isBefore(month.atDay(1)) && !e.on().isAfter(end)
								&& data.inScope(scope, e.personId())) {
							eventByEvent[1]++;
							eventByEvent[0] += e.counted() ? 1 : 0;
						}
					}
					assertThat(flows.month(metric, month)).as(scope.code() + " " + metric + " " + month)
						.containsExactly(eventByEvent);
				}
			}
		}
	}

	@Test
	void aSeniorProbationOfficerOverseesOnlyTheirTeam() {
		CurrentUser manager = users.find("manager").orElseThrow();
		Scope own = oversight.home(manager);
		assertThat(own.kind()).isEqualTo(Scope.Kind.TEAM);
		String otherTeam = jdbc.sql("""
				select t.code from organisation.team t where t.id <> :own order by t.code limit 1
				""").param("own", own.id()).query(String.class).single();
		assertThatThrownBy(() -> oversight.team(manager, otherTeam)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> oversight.home(users.find("practitioner").orElseThrow()))
			.isInstanceOf(AccessDeniedException.class);

		TestHttp http = TestHttp.anonymous(port);
		TestHttp.Response response = http.get("/api/v1/oversight/teams/" + own.code(), "manager");
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		JsonNode figures = response.json().get("figures");
		Oversight.Dashboard d = oversight.dashboard(manager, own);
		assertThat(figures.get("CONTACT_OVERDUE").get("count").asInt())
			.isEqualTo(d.figure(Metric.CONTACT_OVERDUE).count());
		assertThat(figures.get("COMPLETION_COMMUNITY").get("target").asInt()).isEqualTo(75);
		assertThat(figures.get("CONTACT_OVERDUE").get("trend").size()).isEqualTo(12);
		assertThat(figures.get("PLAN_GAPS").get("cases").asString()).endsWith("/cases/plan-gaps");
		assertThat(http.get("/api/v1/oversight/teams/" + otherTeam, "manager").status()).isEqualTo(403);
		assertThat(http.get("/api/v1/oversight/teams/NOPE", "quality").status()).isEqualTo(404);
		assertThat(http.get("/api/v1/oversight/teams/" + own.code(), "practitioner").status()).isEqualTo(403);
	}

}
