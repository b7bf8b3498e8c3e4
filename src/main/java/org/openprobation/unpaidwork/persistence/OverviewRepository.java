package org.openprobation.unpaidwork.persistence;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.openprobation.shared.ProviderCondition;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The figures of the unpaid-work manager's view, in a few grouped queries. */
@Repository
public class OverviewRepository {

	private final JdbcClient jdbc;

	OverviewRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One project's sessions, bookings and register over a period. */
	public record ProjectFigures(long projectId, String project, String borough, int sessions, int cancelled,
			int places, int booked, int recorded, int attended, int unacceptable, int standDowns, int minutesCredited,
			int travelPence) {

		public @Nullable Integer fillPercent() {
			return places == 0 ? null : (int) Math.round(100.0 * booked / places);
		}

		public @Nullable Integer unacceptablePercent() {
			return recorded == 0 ? null : (int) Math.round(100.0 * unacceptable / recorded);
		}

		public @Nullable Integer standDownPercent() {
			return recorded == 0 ? null : (int) Math.round(100.0 * standDowns / recorded);
		}

	}

	public List<ProjectFigures> projects(@Nullable Long providerId, LocalDate from, LocalDate to) {
		return jdbc
			.sql("""
					select p.id, p.name, b.name as borough,
					       count(distinct s.id) as sessions,
					       count(distinct s.id) filter (where s.cancelled_reason is not null) as cancelled,
					       coalesce((select sum(x.capacity) from unpaidwork.session x where x.project_id = p.id
					                 and x.starts_at >= :from and x.starts_at < :to and x.cancelled_reason is null), 0) as places,
					       count(k.id) filter (where k.status = 'BOOKED') as booked,
					       count(k.id) filter (where k.attendance is not null) as recorded,
					       count(k.id) filter (where k.attendance = 'ATTENDED') as attended,
					       count(k.id) filter (where k.attendance = 'UNACCEPTABLE_ABSENCE') as unacceptable,
					       count(k.id) filter (where k.attendance = 'STOOD_DOWN') as stand_downs,
					       coalesce(sum(k.minutes_credited), 0) as minutes,
					       coalesce(sum(k.travel_pence), 0) as travel
					from unpaidwork.project p
					join reporting.borough b on b.id = p.borough_id
					left join unpaidwork.session s on s.project_id = p.id and s.starts_at >= :from and s.starts_at < :to
					left join unpaidwork.booking k on k.session_id = s.id and k.status = 'BOOKED'
					where %s
					group by p.id, p.name, b.name
					order by p.name
					"""
				.formatted(ProviderCondition.of("p.provider_id", providerId)))
			.param("provider", providerId)
			.param("from", from.atStartOfDay())
			.param("to", to.atStartOfDay())
			.query((rs, n) -> new ProjectFigures(rs.getLong("id"), rs.getString("name"), rs.getString("borough"),
					rs.getInt("sessions"), rs.getInt("cancelled"), rs.getInt("places"), rs.getInt("booked"),
					rs.getInt("recorded"), rs.getInt("attended"), rs.getInt("unacceptable"), rs.getInt("stand_downs"),
					rs.getInt("minutes"), rs.getInt("travel")))
			.list();
	}

	/** Minutes credited in each week (by its Monday). */
	public Map<LocalDate, Integer> minutesByWeek(@Nullable Long providerId, LocalDate from, LocalDate to) {
		Map<LocalDate, Integer> result = new java.util.TreeMap<>();
		jdbc.sql("""
				select date_trunc('week', s.starts_at)::date, sum(k.minutes_credited)
				from unpaidwork.booking k join unpaidwork.session s on s.id = k.session_id
				join unpaidwork.project p on p.id = s.project_id
				where s.starts_at >= :from and s.starts_at < :to and k.status = 'BOOKED'
				  and %s
				group by 1 order by 1
				""".formatted(ProviderCondition.of("p.provider_id", providerId)))
			.param("provider", providerId)
			.param("from", from.atStartOfDay())
			.param("to", to.atStartOfDay())
			.query((rs, n) -> result.put(rs.getObject(1, LocalDate.class), rs.getInt(2)))
			.list();
		return result;
	}

	/**
	 * Minutes credited to each of these requirements since a day, for the rate of
	 * progress.
	 */
	public Map<Long, Integer> recentMinutes(java.util.Collection<Long> requirementIds, LocalDate since) {
		Map<Long, Integer> result = new HashMap<>();
		if (requirementIds.isEmpty()) {
			return result;
		}
		jdbc.sql("""
				select k.requirement_id, sum(k.minutes_credited) from unpaidwork.booking k
				join unpaidwork.session s on s.id = k.session_id
				where k.requirement_id = any(:requirements) and k.status = 'BOOKED' and s.starts_at >= :since
				group by k.requirement_id
				""")
			.param("requirements", requirementIds.stream().distinct().toArray(Long[]::new))
			.param("since", since.atStartOfDay())
			.query((rs, n) -> result.put(rs.getLong(1), rs.getInt(2)))
			.list();
		return result;
	}

}
