package org.openprobation.enforcement.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.openprobation.enforcement.EnforcementAction;
import org.openprobation.enforcement.domain.ActionKind;
import org.openprobation.enforcement.domain.ActionState;
import org.openprobation.shared.ProviderCondition;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class ActionRepository {

	private static final String SELECT = """
			select id, person_id, contact_id, kind, state, reasons, letter, created_on, created_by, countersigned_on,
			       countersigned_by, submitted_on, returned_on, returned_reason, times_returned, decided_on, outcome, version,
			       decision, warrant_issued_on, warrant_detail, warrant_executed_on, sent_back_on, sent_back_by,
			       sent_back_reason, times_sent_back
			from enforcement.action
			""";

	private final JdbcClient jdbc;

	ActionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<EnforcementAction> ofPerson(long personId) {
		return jdbc.sql(SELECT + " where person_id = :p order by created_on desc, id desc")
			.param("p", personId)
			.query(ActionRepository::action)
			.list();
	}

	/** An action taken on a failure, as far as what is still due depends on it. */
	public record Taken(long personId, long contactId, ActionKind kind, LocalDate createdOn) {
	}

	/**
	 * The actions taken on these people's failures, without their letters and decisions
	 * (every page's count of things to do reads them for a whole caseload or team).
	 */
	public List<Taken> takenOn(java.util.Collection<Long> personIds) {
		return jdbc
			.sql("select person_id, contact_id, kind, created_on from enforcement.action where person_id = any(:ids)")
			.param("ids", personIds.toArray(Long[]::new))
			.query((rs, n) -> new Taken(rs.getLong("person_id"), rs.getLong("contact_id"),
					ActionKind.valueOf(rs.getString("kind")), rs.getObject("created_on", LocalDate.class)))
			.list();
	}

	/**
	 * Each person's latest breach or recall still in progress (not decided, or with a
	 * warrant outstanding), in one query.
	 */
	public java.util.Map<Long, EnforcementAction> openOf(java.util.Collection<Long> personIds) {
		java.util.Map<Long, EnforcementAction> result = new java.util.HashMap<>();
		jdbc.sql("select distinct on (person_id) * from (" + SELECT + """
				 where person_id = any(:ids) and kind <> 'WARNING'
				   and (state <> 'DECIDED' or (warrant_issued_on is not null and warrant_executed_on is null))) a
				order by person_id, created_on desc, id desc
				""")
			.param("ids", personIds.toArray(Long[]::new))
			.query(ActionRepository::action)
			.list()
			.forEach(a -> result.put(a.personId(), a));
		return result;
	}

	/** A breach or recall on its way to court, with the date of its failure. */
	public record InWorkflow(EnforcementAction action, LocalDate failureOn) {
	}

	/**
	 * These people's breaches and recalls proposed, sent back or countersigned: each is
	 * someone's next step before it is submitted.
	 */
	public List<InWorkflow> beforeSubmission(java.util.Collection<Long> personIds) {
		return jdbc.sql("select a.*, f.failure_on from (" + SELECT + """
				 where person_id = any(:ids) and state in ('PROPOSED', 'SENT_BACK', 'COUNTERSIGNED')) a
				join enforcement.action f on f.id = a.id
				order by f.failure_on, a.id
				""")
			.param("ids", personIds.toArray(Long[]::new))
			.query((rs, n) -> new InWorkflow(action(rs, n), rs.getObject("failure_on", LocalDate.class)))
			.list();
	}

	/**
	 * Breaches and recalls awaiting countersignature in a provider (or every provider),
	 * the oldest failure first: the managers' queue.
	 */
	public List<InWorkflow> awaitingCountersignature(@Nullable Long providerId) {
		return jdbc
			.sql("select a.*, a.f_on as failure_on from ("
					+ SELECT.replace("from enforcement.action", ", failure_on as f_on from enforcement.action") + """
							 where state = 'PROPOSED') a
							join reporting.person p on p.id = a.person_id
							where %s
							order by a.f_on, a.id
							""".formatted(ProviderCondition.of("p.provider_id", providerId)))
			.param("provider", providerId)
			.query((rs, n) -> new InWorkflow(action(rs, n), rs.getObject("failure_on", LocalDate.class)))
			.list();
	}

	public Optional<EnforcementAction> find(long id) {
		return jdbc.sql(SELECT + " where id = :id").param("id", id).query(ActionRepository::action).optional();
	}

	/** Creates the action; false when the failure already has one. */
	public Optional<Long> insert(long personId, long contactId, ActionKind kind, ActionState state, String reasons,
			@Nullable String letter, LocalDate on, String by) {
		return jdbc
			.sql("""
					insert into enforcement.action (person_id, contact_id, kind, state, reasons, letter, created_on, created_by,
					    failure_on)
					values (:p, :c, :kind, :state, :reasons, :letter, :on, :by,
					        (select c.starts_at::date from reporting.contact c where c.id = :c))
					on conflict (contact_id) do nothing returning id
					""")
			.param("p", personId)
			.param("c", contactId)
			.param("kind", kind.name())
			.param("state", state.name())
			.param("reasons", reasons)
			.param("letter", letter)
			.param("on", on)
			.param("by", by)
			.query(Long.class)
			.optional();
	}

	/** Moves an action from one state to the next, if it is still at the version read. */
	public boolean move(long id, int version, ActionState from, ActionState to, LocalDate on, String by,
			@Nullable String detail) {
		String dates = switch (to) {
			case COUNTERSIGNED -> "countersigned_on = :on, countersigned_by = :by";
			case SUBMITTED -> "submitted_on = :on";
			case RETURNED -> "returned_on = :on, returned_reason = :detail, times_returned = times_returned + 1";
			case DECIDED -> "decided_on = :on, outcome = :detail";
			case SENT_BACK ->
				"sent_back_on = :on, sent_back_by = :by, sent_back_reason = :detail, times_sent_back = times_sent_back + 1";
			// proposed again: the corrected reasons replace the first
			case PROPOSED -> "reasons = :detail";
			case ISSUED -> throw new IllegalArgumentException("No step leads to " + to);
		};
		return jdbc
			.sql("update enforcement.action set state = :to, " + dates
					+ ", version = version + 1 where id = :id and version = :v and state = :from")
			.param("to", to.name())
			.param("on", on)
			.param("by", by)
			.param("detail", detail)
			.param("id", id)
			.param("v", version)
			.param("from", from.name())
			.update() == 1;
	}

	/**
	 * Records the decision on a submitted breach or recall, if still at the version read.
	 */
	public boolean decide(long id, int version, String decision, String outcome, LocalDate on) {
		return jdbc
			.sql("""
					update enforcement.action set state = 'DECIDED', decided_on = :on, decision = :decision, outcome = :outcome,
					    version = version + 1
					where id = :id and version = :v and state = 'SUBMITTED'
					""")
			.param("on", on)
			.param("decision", decision)
			.param("outcome", outcome)
			.param("id", id)
			.param("v", version)
			.update() == 1;
	}

	public boolean issueWarrant(long id, int version, LocalDate on, String detail) {
		return jdbc
			.sql("""
					update enforcement.action set warrant_issued_on = :on, warrant_detail = :detail, warrant_executed_on = null,
					    version = version + 1
					where id = :id and version = :v and (warrant_issued_on is null or warrant_executed_on is not null)
					""")
			.param("on", on)
			.param("detail", detail)
			.param("id", id)
			.param("v", version)
			.update() == 1;
	}

	public boolean executeWarrant(long id, int version, LocalDate on) {
		return jdbc.sql("""
				update enforcement.action set warrant_executed_on = :on, version = version + 1
				where id = :id and version = :v and warrant_issued_on is not null and warrant_executed_on is null
				""").param("on", on).param("id", id).param("v", version).update() == 1;
	}

	/** The outstanding warrant of the person with this CRN, if any (the latest). */
	public Optional<EnforcementAction> outstandingWarrant(String crn) {
		return jdbc.sql(SELECT.replace("from enforcement.action", "from enforcement.action a") + """
				 where a.warrant_issued_on is not null and a.warrant_executed_on is null
				   and a.person_id = (select p.id from reporting.person p where p.crn = :crn)
				order by a.warrant_issued_on desc limit 1
				""").param("crn", crn).query(ActionRepository::action).optional();
	}

	/**
	 * A breach or recall submitted in a period, with its failure's date and the case's
	 * team.
	 */
	public record Submitted(long actionId, long personId, ActionKind kind, LocalDate failureOn, LocalDate submittedOn,
			int timesReturned, @Nullable String team) {
	}

	public java.util.List<Submitted> submittedBetween(@Nullable Long providerId, LocalDate from, LocalDate to) {
		return jdbc.sql("""
				select a.id, a.person_id, a.kind, a.failure_on, a.submitted_on, a.times_returned, t.name as team
				from enforcement.action a
				join reporting.person p on p.id = a.person_id
				left join reporting.responsible_officer ro on ro.person_id = p.id and ro.to_date is null
				left join reporting.staff st on st.id = ro.staff_id
				left join reporting.team t on t.id = st.team_id
				where a.kind in ('BREACH', 'RECALL') and a.submitted_on between :from and :to and %s
				""".formatted(ProviderCondition.of("p.provider_id", providerId)))
			.param("provider", providerId)
			.param("from", from)
			.param("to", to)
			.query((rs, n) -> new Submitted(rs.getLong("id"), rs.getLong("person_id"),
					ActionKind.valueOf(rs.getString("kind")), rs.getObject("failure_on", LocalDate.class),
					rs.getObject("submitted_on", LocalDate.class), rs.getInt("times_returned"), rs.getString("team")))
			.list();
	}

	static EnforcementAction action(ResultSet rs, int n) throws SQLException {
		return new EnforcementAction(rs.getLong("id"), rs.getLong("person_id"), rs.getLong("contact_id"),
				ActionKind.valueOf(rs.getString("kind")), ActionState.valueOf(rs.getString("state")),
				rs.getString("reasons"), rs.getString("letter"), rs.getObject("created_on", LocalDate.class),
				rs.getString("created_by"), rs.getObject("countersigned_on", LocalDate.class),
				rs.getString("countersigned_by"), rs.getObject("submitted_on", LocalDate.class),
				rs.getObject("returned_on", LocalDate.class), rs.getString("returned_reason"),
				rs.getInt("times_returned"), rs.getObject("decided_on", LocalDate.class), rs.getString("outcome"),
				rs.getInt("version"), rs.getString("decision"), rs.getObject("warrant_issued_on", LocalDate.class),
				rs.getString("warrant_detail"), rs.getObject("warrant_executed_on", LocalDate.class),
				rs.getObject("sent_back_on", LocalDate.class) == null ? null
						: new EnforcementAction.SentBack(rs.getObject("sent_back_on", LocalDate.class),
								rs.getString("sent_back_by"), rs.getString("sent_back_reason"),
								rs.getInt("times_sent_back")));
	}

}
