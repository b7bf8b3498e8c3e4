package org.openprobation.oversight.persistence;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Oversight's reads of the {@code reporting} views and its monthly figures. */
@Repository
public class OversightRepository {

	private final JdbcClient jdbc;

	OversightRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public record SupervisedCase(long personId, String crn, String forename, String surname, @Nullable Long staffId,
			@Nullable Long teamId, @Nullable Long areaId, String gender, String ethnicity, LocalDate dateOfBirth,
			@Nullable String disability, @Nullable String religion) {
	}

	public List<SupervisedCase> supervised(long providerId) {
		return jdbc.sql("""
				select person_id, crn, forename, surname, staff_id, team_id, area_id, gender, ethnicity, date_of_birth,
				       disability, religion
				from reporting.supervised_case where provider_id = :provider
				""").param("provider", providerId).query(SupervisedCase.class).list();
	}

	public record Location(long personId, long staffId, @Nullable Long teamId, long areaId) {
	}

	public Map<Long, Location> locations(long providerId) {
		Map<Long, Location> result = new HashMap<>();
		jdbc.sql("select person_id, staff_id, team_id, area_id from reporting.case_location where provider_id = :p")
			.param("p", providerId)
			.query(Location.class)
			.list()
			.forEach(l -> result.put(l.personId(), l));
		return result;
	}

	/**
	 * The gathering's settings, for the rest of its transaction:
	 * <ul>
	 * <li>statements use one process each: a provider's figures are gathered in the
	 * background, and on two cores PostgreSQL's parallel workers took both from the
	 * people waiting for a page;</li>
	 * <li>each statement is planned for its own values. After five runs PostgreSQL kept a
	 * generic plan, which guesses a date range at 0.5% of the rows: with the national
	 * data the year of unpaid work attendance of one provider then read every provider's
	 * (918,523 buffers, about 730 ms, every minute) instead of 12,850 with the plan for
	 * the values (about 120 ms). A gathering makes few, large statements, so planning
	 * each costs nothing that matters.</li>
	 * <li>no hash joins. Each statement wants one provider's rows of tables that hold
	 * every provider's, and PostgreSQL's costs favoured reading the whole of a table into
	 * a hash over looking each of the provider's people up in an index: with the national
	 * data the eight provider-wide statements of one London gathering took 485 ms, 275 ms
	 * with the look-ups (unpaid work demand 112 to 40, enforcement submissions 78 to 34,
	 * attendance 46 to 16), and 196 ms and 200 ms on the London data, where the provider
	 * is the whole table. Merge joins remain for a join with no index to look up.</li>
	 * </ul>
	 */
	public void gatheringSettings() {
		jdbc.sql("set local max_parallel_workers_per_gather = 0").update();
		jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
		jdbc.sql("set local enable_hashjoin = off").update();
	}

	/** People of the provider whose officer changed on or after a date. */
	public Set<Long> officerChangedSince(long providerId, LocalDate since) {
		return new HashSet<>(jdbc.sql("""
				select distinct c.person_id from reporting.officer_change c
				join reporting.person_characteristics p on p.person_id = c.person_id
				where p.provider_id = :p and c.changed_on >= :since
				""").param("p", providerId).param("since", since).query(Long.class).list());
	}

	public record Attendance(long personId, LocalDate sessionOn,
			org.openprobation.unpaidwork.domain.SessionAttendance attendance, int minutesCredited) {
	}

	public List<Attendance> attendance(long providerId, LocalDate from, LocalDate to) {
		return jdbc
			.sql("""
					select a.person_id, a.session_on, a.attendance, a.minutes_credited
					from reporting.unpaid_work_attendance a join reporting.person_characteristics c on c.person_id = a.person_id
					where c.provider_id = :p and a.session_on between :from and :to
					""")
			.param("p", providerId)
			.param("from", from)
			.param("to", to)
			.query(Attendance.class)
			.list();
	}

	public record Characteristics(long personId, String gender, String ethnicity, LocalDate dateOfBirth,
			@Nullable String disability, @Nullable String religion) {
	}

	public Map<Long, Characteristics> characteristics(Collection<Long> personIds) {
		Map<Long, Characteristics> result = new HashMap<>();
		if (personIds.isEmpty()) {
			return result;
		}
		jdbc.sql("""
				select person_id, gender, ethnicity, date_of_birth, disability, religion
				from reporting.person_characteristics where person_id = any(:ids)
				""")
			.param("ids", personIds.toArray(Long[]::new))
			.query(Characteristics.class)
			.list()
			.forEach(c -> result.put(c.personId(), c));
		return result;
	}

	public record Action(long personId, org.openprobation.enforcement.domain.ActionKind kind, LocalDate createdOn) {
	}

	public List<Action> enforcementActions(long providerId, LocalDate from, LocalDate to) {
		return jdbc.sql("""
				select a.person_id, a.kind, a.created_on from reporting.enforcement_action a
				join reporting.person_characteristics c on c.person_id = a.person_id
				where c.provider_id = :p and a.created_on between :from and :to
				""").param("p", providerId).param("from", from).param("to", to).query(Action.class).list();
	}

	public record StaffRow(long staffId, String code, String forename, String surname, String grade, String employment,
			java.math.BigDecimal contractedHours, @Nullable Long teamId, @Nullable String teamName, long areaId,
			String gender, @Nullable String ethnicity, String disability, @Nullable String religion,
			@Nullable LocalDate dateOfBirth, boolean onPerformancePlan, java.math.BigDecimal sicknessHours,
			int trainingCompleted, int trainingDue, int trainingExpired, int cases) {
	}

	public List<StaffRow> workforce(long providerId) {
		return jdbc
			.sql("""
					select staff_id, code, forename, surname, grade, employment, contracted_hours, team_id, team_name, area_id, gender,
					       ethnicity,
					       disability, religion, date_of_birth, on_performance_plan, sickness_hours, training_completed,
					       training_due, training_expired, cases
					from reporting.workforce where provider_id = :p order by surname, forename
					""")
			.param("p", providerId)
			.query(StaffRow.class)
			.list();
	}

	public record Posts(long teamId, String grade, int posts) {
	}

	public List<Posts> establishment(long providerId) {
		return jdbc
			.sql("""
					select e.team_id, e.grade, e.posts from reporting.establishment e
					where e.team_id in (select team_id from reporting.workforce where provider_id = :p and team_id is not null)
					""")
			.param("p", providerId)
			.query(Posts.class)
			.list();
	}

	public record Figure(LocalDate month, String scope, long scopeId, String metric, int count, int denominator,
			String source) {
	}

	public List<Figure> figures(String scope, long scopeId, LocalDate from) {
		return jdbc.sql("""
				select month, scope, scope_id, metric, count, denominator, source from oversight.monthly_figure
				where scope = :scope and scope_id = :id and month >= :from order by month
				""").param("scope", scope).param("id", scopeId).param("from", from).query(Figure.class).list();
	}

	/** One month's figures of every area or team of a provider. */
	public List<Figure> figuresOfProvider(String scope, long providerId, LocalDate month) {
		String units = "AREA".equals(scope)
				? "select distinct area_id from reporting.case_location where provider_id = :p"
				: "select distinct team_id from reporting.case_location where provider_id = :p and team_id is not null";
		return jdbc.sql("""
				select month, scope, scope_id, metric, count, denominator, source from oversight.monthly_figure
				where scope = :scope and month = :month and scope_id in (""" + units + ")")
			.param("scope", scope)
			.param("month", month)
			.param("p", providerId)
			.query(Figure.class)
			.list();
	}

	/** The latest figures of each provider (the national view). */
	public List<Figure> latestProviderFigures() {
		return jdbc.sql("""
				select distinct on (scope_id, metric) month, scope, scope_id, metric, count, denominator, source
				from oversight.monthly_figure
				where scope = 'PROVIDER'
				order by scope_id, metric, month desc
				""").query(Figure.class).list();
	}

	public boolean hasFigures(LocalDate month, long providerId) {
		return jdbc.sql("""
				select exists (select 1 from oversight.monthly_figure where month = :m and scope = 'PROVIDER'
				               and scope_id = :p and source = 'RECORDED' and recorded_at::date = current_date)
				""").param("m", month).param("p", providerId).query(Boolean.class).single();
	}

	public void saveFigure(Figure f) {
		jdbc.sql("""
				insert into oversight.monthly_figure (month, scope, scope_id, metric, count, denominator, source)
				values (:month, :scope, :id, :metric, :count, :denominator, :source)
				on conflict (month, scope, scope_id, metric) do update set count = excluded.count,
				    denominator = excluded.denominator, source = excluded.source, recorded_at = now()
				""")
			.param("month", f.month())
			.param("scope", f.scope())
			.param("id", f.scopeId())
			.param("metric", f.metric())
			.param("count", f.count())
			.param("denominator", f.denominator())
			.param("source", f.source())
			.update();
	}

}
