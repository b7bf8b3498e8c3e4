package org.openprobation.allocation.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.openprobation.allocation.ReductionsBulkLoad;
import org.openprobation.shared.BulkCopy;
import org.openprobation.shared.CopyRows;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Repository
public class ReductionRepository implements ReductionsBulkLoad {

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	ReductionRepository(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
	}

	/** The hours of each reduction in force on a date, per member of staff. */
	public Map<Long, List<BigDecimal>> activeOn(Collection<Long> staffIds, LocalDate date) {
		Map<Long, List<BigDecimal>> result = new HashMap<>();
		jdbc.sql("""
				select staff_id, hours from allocation.reduction
				where staff_id = any(:ids) and starts_on <= :date and (ends_on is null or ends_on >= :date)
				""")
			.param("ids", staffIds.toArray(Long[]::new))
			.param("date", date)
			.query((rs, n) -> Map.entry(rs.getLong("staff_id"), rs.getBigDecimal("hours")))
			.list()
			.forEach(e -> result.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
		return result;
	}

	/** Every reduction of a member of staff, latest first. */
	public List<org.openprobation.allocation.Reductions.Reduction> of(long staffId) {
		return jdbc.sql("""
				select id, kind, reason, hours, percent, starts_on, ends_on, recorded_by from allocation.reduction
				where staff_id = :id order by starts_on desc, id desc""")
			.param("id", staffId)
			.query((rs, n) -> new org.openprobation.allocation.Reductions.Reduction(rs.getLong("id"),
					org.openprobation.allocation.ReductionKind.valueOf(rs.getString("kind")), rs.getString("reason"),
					rs.getBigDecimal("hours"), rs.getBigDecimal("percent"), rs.getObject("starts_on", LocalDate.class),
					rs.getObject("ends_on", LocalDate.class), rs.getString("recorded_by")))
			.list();
	}

	public void add(long staffId, org.openprobation.allocation.ReductionKind kind, String reason, BigDecimal hours,
			@org.jspecify.annotations.Nullable BigDecimal percent, LocalDate startsOn,
			@org.jspecify.annotations.Nullable LocalDate endsOn, String by, java.time.Instant at) {
		jdbc.sql(
				"""
						insert into allocation.reduction (staff_id, kind, reason, hours, percent, starts_on, ends_on, recorded_by,
						    recorded_at)
						values (:staff, :kind, :reason, :hours, :percent, :starts, :ends, :by, :at)""")
			.param("staff", staffId)
			.param("kind", kind.name())
			.param("reason", reason)
			.param("hours", hours)
			.param("percent", percent)
			.param("starts", startsOn)
			.param("ends", endsOn)
			.param("by", by)
			.param("at", java.time.OffsetDateTime.ofInstant(at, java.time.ZoneOffset.UTC))
			.update();
	}

	/** Court reports completed in the 30 days up to a date, per author. */
	public Map<Long, List<Map.Entry<org.openprobation.allocation.domain.Workload.CourtReport, LocalDate>>> courtReports(
			Collection<Long> staffIds, LocalDate on) {
		Map<Long, List<Map.Entry<org.openprobation.allocation.domain.Workload.CourtReport, LocalDate>>> result = new HashMap<>();
		jdbc.sql("""
				select staff_id, kind, completed_on from allocation.court_report
				where staff_id = any(:ids) and completed_on > :from and completed_on <= :on
				""")
			.param("ids", staffIds.toArray(Long[]::new))
			.param("from", on.minusDays(org.openprobation.allocation.domain.Workload.COURT_REPORT_DAYS))
			.param("on", on)
			.query((rs, n) -> Map.entry(rs.getLong("staff_id"),
					Map.entry(org.openprobation.allocation.domain.Workload.CourtReport.valueOf(rs.getString("kind")),
							rs.getObject("completed_on", LocalDate.class))))
			.list()
			.forEach(e -> result.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
		return result;
	}

	/** Demo data: court reports for a share of probation officers in the last 30 days. */
	@Transactional(propagation = Propagation.MANDATORY)
	public int loadDemoCourtReports(LocalDate asOf, long seed) {
		return jdbc
			.sql("""
					insert into allocation.court_report (staff_id, kind, court, completed_on)
					select s.id, case when abs(hashtext(s.code || ':' || n || :seed)) % 3 = 0 then 'STANDARD' else 'FAST' end,
					       'Magistrates'' court', cast(:asOf as date) - (abs(hashtext(s.code || ':' || n || :seed)) % 29)
					from reporting.staff s, generate_series(1, 2) n
					where s.grade = 'PROBATION_OFFICER' and abs(hashtext(s.code || :seed)) % 100 < 30
					  and (n = 1 or abs(hashtext(s.code || :seed)) % 100 < 10)
					""")
			.param("asOf", asOf)
			.param("seed", String.valueOf(seed))
			.update();
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void load(List<Reduction> reductions) {
		CopyRows rows = new CopyRows();
		reductions.forEach(r -> rows.add(r.staffId())
			.add(kindOf(r.reason()))
			.add(r.reason())
			.add(r.hours())
			.add(r.startsOn())
			.add(r.endsOn())
			.endRow());
		BulkCopy.into(dataSource, "allocation.reduction (staff_id, kind, reason, hours, starts_on, ends_on)", rows);
		BulkCopy.resetIdentity(dataSource, "allocation.reduction");
	}

	private static String kindOf(String reason) {
		String lower = reason.toLowerCase(java.util.Locale.ROOT);
		return lower.contains("sickness") ? "SICKNESS"
				: lower.contains("leave") ? "LEAVE" : lower.contains("training") ? "TRAINING" : "OTHER";
	}

}
