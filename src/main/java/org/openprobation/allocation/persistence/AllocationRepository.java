package org.openprobation.allocation.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The allocation queue, officer decisions, provider allocations and transfer requests.
 */
@Repository
public class AllocationRepository {

	private final JdbcClient jdbc;

	AllocationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public record Waiting(long id, long personId, long teamId, String reason, LocalDate waitingSince,
			@Nullable LocalDate allocatedOn) {
	}

	private static final String WAITING_SELECT = "select id, person_id, team_id, reason, waiting_since, allocated_on from allocation.awaiting_allocation ";

	public List<Waiting> waitingInTeam(long teamId) {
		return jdbc.sql(WAITING_SELECT + "where team_id = :team and allocated_on is null order by waiting_since, id")
			.param("team", teamId)
			.query(AllocationRepository::waiting)
			.list();
	}

	public Map<Long, Integer> waitingCounts(Collection<Long> teamIds) {
		Map<Long, Integer> counts = new HashMap<>();
		jdbc.sql("""
				select team_id, count(*) as n from allocation.awaiting_allocation
				where team_id = any(:teams) and allocated_on is null group by team_id
				""")
			.param("teams", teamIds.toArray(Long[]::new))
			.query((rs, n) -> Map.entry(rs.getLong("team_id"), rs.getInt("n")))
			.list()
			.forEach(e -> counts.put(e.getKey(), e.getValue()));
		return counts;
	}

	public Optional<Waiting> waiting(long id) {
		return jdbc.sql(WAITING_SELECT + "where id = :id")
			.param("id", id)
			.query(AllocationRepository::waiting)
			.optional();
	}

	public Optional<Waiting> waitingFor(long personId) {
		return jdbc.sql(WAITING_SELECT + "where person_id = :p and allocated_on is null")
			.param("p", personId)
			.query(AllocationRepository::waiting)
			.optional();
	}

	public long enqueue(long personId, long teamId, String reason, LocalDate since) {
		return jdbc.sql("""
				insert into allocation.awaiting_allocation (person_id, team_id, reason, waiting_since)
				values (:p, :t, :r, :s) returning id
				""")
			.param("p", personId)
			.param("t", teamId)
			.param("r", reason)
			.param("s", since)
			.query(Long.class)
			.single();
	}

	/** Marks the case allocated; false when someone else allocated it first. */
	public boolean markAllocated(long id, LocalDate on) {
		return jdbc
			.sql("update allocation.awaiting_allocation set allocated_on = :on where id = :id and allocated_on is null")
			.param("on", on)
			.param("id", id)
			.update() == 1;
	}

	public record OfficerDecision(long personId, @Nullable Long awaitingId, String kind, long staffId,
			@Nullable Long previousStaffId, @Nullable Long recommendedStaffId, String recommendation,
			@Nullable String overrideReason, @Nullable String reallocationReason, @Nullable String reallocationDetails,
			@Nullable BigDecimal capacityAfter, String decidedBy) {
	}

	public void recordDecision(OfficerDecision d) {
		jdbc.sql("""
				insert into allocation.officer_decision (person_id, awaiting_id, kind, staff_id, previous_staff_id,
				    recommended_staff_id, recommendation, override_reason, reallocation_reason, reallocation_details,
				    capacity_after, decided_by)
				values (:person, :awaiting, :kind, :staff, :previous, :recommended, :recommendation, :override,
				    :reallocation, :details, :capacity, :by)
				""")
			.param("person", d.personId())
			.param("awaiting", d.awaitingId())
			.param("kind", d.kind())
			.param("staff", d.staffId())
			.param("previous", d.previousStaffId())
			.param("recommended", d.recommendedStaffId())
			.param("recommendation", d.recommendation())
			.param("override", d.overrideReason())
			.param("reallocation", d.reallocationReason())
			.param("details", d.reallocationDetails())
			.param("capacity", d.capacityAfter())
			.param("by", d.decidedBy())
			.update();
	}

	public List<OfficerDecision> decisionsFor(long personId) {
		return jdbc.sql("""
				select person_id, awaiting_id, kind, staff_id, previous_staff_id, recommended_staff_id, recommendation,
				       override_reason, reallocation_reason, reallocation_details, capacity_after, decided_by
				from allocation.officer_decision where person_id = :p order by decided_at, id
				""")
			.param("p", personId)
			.query((rs, n) -> new OfficerDecision(rs.getLong("person_id"), rs.getObject("awaiting_id", Long.class),
					rs.getString("kind"), rs.getLong("staff_id"), rs.getObject("previous_staff_id", Long.class),
					rs.getObject("recommended_staff_id", Long.class), rs.getString("recommendation"),
					rs.getString("override_reason"), rs.getString("reallocation_reason"),
					rs.getString("reallocation_details"), rs.getBigDecimal("capacity_after"),
					rs.getString("decided_by")))
			.list();
	}

	/** Reductions overlapping a period: staff id, hours, start and end. */
	public record ReductionPeriod(long staffId, BigDecimal hours, LocalDate startsOn, @Nullable LocalDate endsOn) {

		public boolean activeOn(LocalDate date) {
			return !startsOn.isAfter(date) && (endsOn == null || !endsOn.isBefore(date));
		}

	}

	public List<ReductionPeriod> reductionsOverlapping(Collection<Long> staffIds, LocalDate from, LocalDate to) {
		if (staffIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select staff_id, hours, starts_on, ends_on from allocation.reduction
				where staff_id = any(:ids) and starts_on <= :to and (ends_on is null or ends_on >= :from)
				""")
			.param("ids", staffIds.toArray(Long[]::new))
			.param("from", from)
			.param("to", to)
			.query((rs, n) -> new ReductionPeriod(rs.getLong("staff_id"), rs.getBigDecimal("hours"),
					rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class)))
			.list();
	}

	private static Waiting waiting(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Waiting(rs.getLong("id"), rs.getLong("person_id"), rs.getLong("team_id"), rs.getString("reason"),
				rs.getObject("waiting_since", LocalDate.class), rs.getObject("allocated_on", LocalDate.class));
	}

	/** A demo case that could wait in its team's queue. */
	public record RecentCase(long personId, long teamId, String reason, LocalDate since) {
	}

	/**
	 * Per team, the newest cases (begun in the fortnight before {@code asOf}) whose only
	 * officer so far is a member of the team.
	 */
	public List<RecentCase> recentCases(int perTeam, LocalDate asOf) {
		return jdbc
			.sql("""
					select person_id, team_id, kind, start_date from (
					    select ro.person_id, st.team_id, s.kind, s.start_date,
					           row_number() over (partition by st.team_id order by s.start_date desc, ro.person_id) as n
					    from reporting.responsible_officer ro
					    join reporting.staff st on st.id = ro.staff_id
					    join reporting.sentence s on s.person_id = ro.person_id and s.status = 'ACTIVE'
					    where ro.to_date is null and st.team_id is not null
					      and s.kind in ('COMMUNITY_ORDER', 'SUSPENDED_SENTENCE_ORDER', 'LICENCE')
					      and s.start_date between :from and :asOf
					      and not exists (select 1 from reporting.responsible_officer o where o.person_id = ro.person_id and o.id <> ro.id)
					) ranked where n <= :perTeam order by team_id, n
					""")
			.param("from", asOf.minusDays(14))
			.param("asOf", asOf)
			.param("perTeam", perTeam)
			.query((rs, n) -> new RecentCase(rs.getLong("person_id"), rs.getLong("team_id"),
					"LICENCE".equals(rs.getString("kind")) ? "RELEASE" : "NEW_SENTENCE",
					rs.getObject("start_date", LocalDate.class)))
			.list();
	}

}
