package org.openprobation.unpaidwork.persistence;

import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.openprobation.shared.ProviderCondition;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class ProjectRepository {

	private final JdbcClient jdbc;

	ProjectRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A project with its weekly sessions described. */
	public record Project(long id, long providerId, String name, String type, String borough, String address,
			String beneficiary, boolean involvesChildren, boolean womenOnly, boolean accessible, String weekly,
			boolean active, long boroughId, int version) {
	}

	/** A weekly session of a project: the pattern its dated sessions are made from. */
	public record WeeklySession(long id, long projectId, int dayOfWeek, LocalTime start, LocalTime end, int supervisors,
			int capacity) {

		public org.openprobation.unpaidwork.domain.ProjectRule.Slot slot() {
			return new org.openprobation.unpaidwork.domain.ProjectRule.Slot(dayOfWeek, start, end);
		}

		public String dayName() {
			return java.time.DayOfWeek.of(dayOfWeek)
				.getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK);
		}

	}

	private static final String SELECT = """
			select p.id, p.provider_id, p.name, p.type, b.name as borough, p.address, p.beneficiary, p.involves_children,
			       p.women_only, p.accessible, p.active, p.borough_id, p.version,
			       coalesce((select string_agg(to_char(date '2024-01-01' + (w.day_of_week - 1), 'Dy') || ' '
			                                   || to_char(w.start_time, 'HH24:MI') || '–' || to_char(w.end_time, 'HH24:MI')
			                                   || ' (' || w.capacity || ')', ', ' order by w.day_of_week, w.start_time)
			                 from unpaidwork.weekly_session w where w.project_id = p.id), '') as weekly
			from unpaidwork.project p join reporting.borough b on b.id = p.borough_id
			""";

	public List<Project> projects(@Nullable Long providerId) {
		return jdbc
			.sql(SELECT + " where " + ProviderCondition.of("p.provider_id", providerId) + " order by b.name, p.name")
			.param("provider", providerId)
			.query((rs, n) -> project(rs))
			.list();
	}

	public Optional<Project> project(long id) {
		return jdbc.sql(SELECT + " where p.id = :id").param("id", id).query((rs, n) -> project(rs)).optional();
	}

	public Map<Long, String> boroughs(@Nullable Long providerId) {
		Map<Long, String> result = new LinkedHashMap<>();
		jdbc.sql("""
				select b.id, b.name from reporting.borough b join reporting.area a on a.id = b.area_id
				where %s order by b.name
				""".formatted(ProviderCondition.of("a.provider_id", providerId)))
			.param("provider", providerId)
			.query((rs, n) -> result.put(rs.getLong(1), rs.getString(2)))
			.list();
		return result;
	}

	public long insertProject(long providerId, long boroughId, String name, String type, String address,
			String beneficiary, boolean children, boolean women, boolean accessible) {
		return jdbc
			.sql("""
					insert into unpaidwork.project (provider_id, borough_id, name, type, address, beneficiary, involves_children,
					    women_only, accessible)
					values (:provider, :borough, :name, :type, :address, :beneficiary, :children, :women, :accessible)
					returning id
					""")
			.param("provider", providerId)
			.param("borough", boroughId)
			.param("name", name)
			.param("type", type)
			.param("address", address)
			.param("beneficiary", beneficiary)
			.param("children", children)
			.param("women", women)
			.param("accessible", accessible)
			.query(Long.class)
			.single();
	}

	public void insertWeeklySession(long projectId, int dayOfWeek, LocalTime start, LocalTime end, int supervisors,
			int capacity) {
		jdbc.sql(
				"""
						insert into unpaidwork.weekly_session (project_id, day_of_week, start_time, end_time, supervisors, capacity)
						values (:project, :day, :start, :end, :supervisors, :capacity)
						""")
			.param("project", projectId)
			.param("day", dayOfWeek)
			.param("start", start)
			.param("end", end)
			.param("supervisors", supervisors)
			.param("capacity", capacity)
			.update();
	}

	private static Project project(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Project(rs.getLong("id"), rs.getLong("provider_id"), rs.getString("name"), rs.getString("type"),
				rs.getString("borough"), rs.getString("address"), rs.getString("beneficiary"),
				rs.getBoolean("involves_children"), rs.getBoolean("women_only"), rs.getBoolean("accessible"),
				rs.getString("weekly"), rs.getBoolean("active"), rs.getLong("borough_id"), rs.getInt("version"));
	}

	/** Changes a project's details if nobody has meanwhile. */
	public boolean updateProject(long id, int version, long boroughId, String name, String type, String address,
			String beneficiary, boolean children, boolean women, boolean accessible, String by) {
		return jdbc.sql("""
				update unpaidwork.project set borough_id = :borough, name = :name, type = :type, address = :address,
				    beneficiary = :beneficiary, involves_children = :children, women_only = :women,
				    accessible = :accessible, version = version + 1, updated_at = now(), updated_by = :by
				where id = :id and version = :version
				""")
			.param("borough", boroughId)
			.param("name", name)
			.param("type", type)
			.param("address", address)
			.param("beneficiary", beneficiary)
			.param("children", children)
			.param("women", women)
			.param("accessible", accessible)
			.param("by", by)
			.param("id", id)
			.param("version", version)
			.update() == 1;
	}

	/**
	 * People booked on the project's sessions still to come: how many are not women, and
	 * how many are registered as a risk to children.
	 */
	public record Booked(int notWomen, int riskToChildren) {
	}

	public Booked bookedFrom(long projectId, java.time.LocalDateTime from) {
		return jdbc.sql("""
				select count(distinct k.person_id) filter (where p.gender <> 'FEMALE') as not_women,
				       count(distinct k.person_id) filter (where exists (select 1 from reporting.registration g
				           where g.person_id = k.person_id and g.type in (:riskingChildren) and g.ended_on is null))
				           as risk_to_children
				from unpaidwork.booking k join unpaidwork.session s on s.id = k.session_id
				join reporting.person p on p.id = k.person_id
				where s.project_id = :project and s.starts_at >= :from and s.cancelled_reason is null
				  and k.status = 'BOOKED'
				""")
			.param("project", projectId)
			.param("from", from)
			.param("riskingChildren", org.openprobation.assessment.RegistrationType.riskingChildren())
			.query((rs, n) -> new Booked(rs.getInt("not_women"), rs.getInt("risk_to_children")))
			.single();
	}

	public List<WeeklySession> weeklySessions(long projectId) {
		return jdbc.sql("""
				select id, project_id, day_of_week, start_time, end_time, supervisors, capacity
				from unpaidwork.weekly_session where project_id = :project order by day_of_week, start_time
				""").param("project", projectId).query((rs, n) -> weekly(rs)).list();
	}

	private static WeeklySession weekly(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new WeeklySession(rs.getLong("id"), rs.getLong("project_id"), rs.getInt("day_of_week"),
				rs.getObject("start_time", LocalTime.class), rs.getObject("end_time", LocalTime.class),
				rs.getInt("supervisors"), rs.getInt("capacity"));
	}

	public void updateWeeklySession(long id, int dayOfWeek, LocalTime start, LocalTime end, int supervisors,
			int capacity) {
		jdbc.sql("""
				update unpaidwork.weekly_session set day_of_week = :day, start_time = :start, end_time = :end,
				    supervisors = :supervisors, capacity = :capacity where id = :id
				""")
			.param("day", dayOfWeek)
			.param("start", start)
			.param("end", end)
			.param("supervisors", supervisors)
			.param("capacity", capacity)
			.param("id", id)
			.update();
	}

	public void deleteWeeklySession(long id) {
		jdbc.sql("delete from unpaidwork.weekly_session where id = :id").param("id", id).update();
	}

	/** A dated session still to come of a weekly one, with the people booked on it. */
	public record Dated(long id, java.time.LocalDateTime start, int booked, boolean everBooked) {
	}

	public List<Dated> datedFrom(long weeklySessionId, java.time.LocalDateTime from) {
		return jdbc
			.sql("""
					select s.id, s.starts_at,
					       (select count(*) from unpaidwork.booking k where k.session_id = s.id and k.status = 'BOOKED') as booked,
					       exists (select 1 from unpaidwork.booking k where k.session_id = s.id) as ever_booked
					from unpaidwork.session s
					where s.weekly_session_id = :weekly and s.starts_at >= :from and s.cancelled_reason is null
					order by s.starts_at
					""")
			.param("weekly", weeklySessionId)
			.param("from", from)
			.query((rs, n) -> new Dated(rs.getLong("id"), rs.getObject("starts_at", java.time.LocalDateTime.class),
					rs.getInt("booked"), rs.getBoolean("ever_booked")))
			.list();
	}

	/**
	 * Keeps a dated session in step with its pattern when only the end, supervisors or
	 * places change.
	 */
	public void resizeDated(long sessionId, LocalTime end, int supervisors, int capacity) {
		jdbc.sql("""
				update unpaidwork.session set ends_at = cast(starts_at as date) + cast(:end as time),
				    supervisors = :supervisors, capacity = :capacity, version = version + 1
				where id = :id
				""")
			.param("end", end)
			.param("supervisors", supervisors)
			.param("capacity", capacity)
			.param("id", sessionId)
			.update();
	}

	/**
	 * Removes a dated session nobody was ever booked on or waits for (nothing refers to
	 * it); answers whether it was removed.
	 */
	public boolean deleteUnbookedDated(long sessionId) {
		return jdbc.sql("""
				delete from unpaidwork.session s where s.id = :id
				and not exists (select 1 from unpaidwork.booking k where k.session_id = s.id)
				and not exists (select 1 from unpaidwork.waiting w where w.session_id = s.id)
				""").param("id", sessionId).update() == 1;
	}

	/** Retires the project: no more dated sessions are made from its weekly ones. */
	public void retire(long id) {
		jdbc.sql("update unpaidwork.project set active = false where id = :id").param("id", id).update();
	}

	/** The project's dated sessions not yet cancelled that start in a period. */
	public List<Long> sessionsBetween(long projectId, java.time.LocalDateTime from, java.time.LocalDateTime to) {
		return jdbc.sql("""
				select id from unpaidwork.session where project_id = :project and cancelled_reason is null
				and starts_at >= :from and starts_at < :to order by starts_at""")
			.param("project", projectId)
			.param("from", from)
			.param("to", to)
			.query(Long.class)
			.list();
	}

}
