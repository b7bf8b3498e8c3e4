package org.openprobation.assessment.safeguarding.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.openprobation.assessment.safeguarding.SafeguardingCheck;
import org.openprobation.assessment.safeguarding.SafeguardingChecksBulkLoad;
import org.openprobation.assessment.safeguarding.domain.SafeguardingTimeline;
import org.openprobation.shared.BulkCopy;
import org.openprobation.shared.CopyRows;
import org.openprobation.shared.WorkingDayCalendar;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Repository
public class SafeguardingRepository implements SafeguardingChecksBulkLoad {

	private static final String COLUMNS = """
			id, person_id, kind, agency, reason, sent_on, due_on, chased_on, escalated_on, answered_on, response,
			what_changed, requested_by, version
			""";

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	SafeguardingRepository(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
	}

	public List<SafeguardingCheck> forPeople(Collection<Long> personIds, boolean outstandingOnly, LocalDate today,
			java.util.function.LongFunction<SafeguardingTimeline.Settings> settings) {
		return jdbc
			.sql("select " + COLUMNS + " from assessment.safeguarding_check where person_id = any(:ids)"
					+ (outstandingOnly ? " and answered_on is null" : "") + " order by sent_on, id")
			.param("ids", personIds.toArray(Long[]::new))
			.query((rs, n) -> check(rs, today, settings.apply(rs.getLong("person_id"))))
			.list();
	}

	public boolean hasOutstanding(long personId, SafeguardingCheck.Kind kind) {
		return jdbc.sql(
				"select exists (select 1 from assessment.safeguarding_check where person_id = :p and kind = :k and answered_on is null)")
			.param("p", personId)
			.param("k", kind.name())
			.query(Boolean.class)
			.single();
	}

	public long insert(long personId, SafeguardingCheck.Kind kind, String agency, String reason, LocalDate sentOn,
			LocalDate dueOn, String requestedBy) {
		return jdbc
			.sql("""
					insert into assessment.safeguarding_check (person_id, kind, agency, reason, sent_on, due_on, requested_by)
					values (:p, :k, :a, :r, :s, :d, :by) returning id
					""")
			.param("p", personId)
			.param("k", kind.name())
			.param("a", agency)
			.param("r", reason)
			.param("s", sentOn)
			.param("d", dueOn)
			.param("by", requestedBy)
			.query(Long.class)
			.single();
	}

	/**
	 * Records the answer if the check is still at the version the user saw; false when it
	 * changed meanwhile.
	 */
	public boolean answer(long checkId, long personId, int version, LocalDate answeredOn, String response,
			@Nullable String whatChanged) {
		return jdbc.sql("""
				update assessment.safeguarding_check
				set answered_on = :on, response = :response, what_changed = :changed, version = version + 1
				where id = :id and person_id = :p and version = :v and answered_on is null and sent_on <= :on
				""")
			.param("on", answeredOn)
			.param("response", response)
			.param("changed", whatChanged)
			.param("id", checkId)
			.param("p", personId)
			.param("v", version)
			.update() == 1;
	}

	/**
	 * Records that the agency was chased (or the request escalated); false if already
	 * done or answered.
	 */
	public boolean markFollowUp(long checkId, long personId, boolean escalation, LocalDate on) {
		String column = escalation ? "escalated_on" : "chased_on";
		return jdbc
			.sql("update assessment.safeguarding_check set " + column + " = :on, version = version + 1 "
					+ "where id = :id and person_id = :p and answered_on is null and " + column + " is null")
			.param("on", on)
			.param("id", checkId)
			.param("p", personId)
			.update() == 1;
	}

	private static SafeguardingCheck check(ResultSet rs, LocalDate today, SafeguardingTimeline.Settings settings)
			throws SQLException {
		LocalDate sent = rs.getObject("sent_on", LocalDate.class);
		LocalDate answered = rs.getObject("answered_on", LocalDate.class);
		return new SafeguardingCheck(rs.getLong("id"), rs.getLong("person_id"),
				SafeguardingCheck.Kind.valueOf(rs.getString("kind")), rs.getString("agency"), rs.getString("reason"),
				sent, rs.getObject("due_on", LocalDate.class), rs.getObject("chased_on", LocalDate.class),
				rs.getObject("escalated_on", LocalDate.class), answered, rs.getString("response"),
				rs.getString("what_changed"), rs.getString("requested_by"),
				SafeguardingTimeline.stage(sent, answered, today, settings),
				WorkingDayCalendar.workingDaysBetween(sent, answered != null ? answered : today), rs.getInt("version"));
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void load(List<Row> rows) {
		CopyRows copy = new CopyRows();
		rows.forEach(r -> copy.add(r.personId())
			.add(r.kind().name())
			.add(r.agency())
			.add(r.reason())
			.add(r.sentOn())
			.add(r.dueOn())
			.add(r.chasedOn())
			.add(r.escalatedOn())
			.add(r.answeredOn())
			.add(r.response())
			.add(r.whatChanged())
			.add("Responsible officer")
			.endRow());
		BulkCopy.into(dataSource, "assessment.safeguarding_check (person_id, kind, agency, reason, sent_on, due_on, "
				+ "chased_on, escalated_on, answered_on, response, what_changed, requested_by)", copy);
		BulkCopy.resetIdentity(dataSource, "assessment.safeguarding_check");
	}

}
