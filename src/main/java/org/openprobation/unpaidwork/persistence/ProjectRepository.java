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
			boolean active) {
	}

	private static final String SELECT = """
			select p.id, p.provider_id, p.name, p.type, b.name as borough, p.address, p.beneficiary, p.involves_children,
			       p.women_only, p.accessible, p.active,
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
				rs.getString("weekly"), rs.getBoolean("active"));
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
