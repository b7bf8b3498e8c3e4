package org.openprobation.planning.persistence;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import org.openprobation.assessment.domain.TierRule.Need;
import org.openprobation.planning.PlansBulkLoad;
import org.jspecify.annotations.Nullable;
import org.openprobation.planning.SentencePlan;
import org.openprobation.assessment.domain.Countersigning;
import org.openprobation.planning.domain.PlanGaps;
import org.openprobation.shared.BulkCopy;
import org.openprobation.shared.CopyRows;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Repository
public class PlanRepository implements PlansBulkLoad {

	/**
	 * What people on probation in the demo say of their plans: synthetic, in their words.
	 */
	private static final List<String> PERSONS_WORDS = List.of(
			"I want to keep my flat and get back into work. The plan covers that.",
			"Happy with it. Getting off the drink is the main thing for me.",
			"I agree with it but I need help with my debts first.",
			"It makes sense. I want to see my kids again and stay out of trouble.",
			"OK with the plan. I find the appointments hard to get to with my job.",
			"I understand what I have to do and why.");

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	PlanRepository(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
	}

	public Optional<SentencePlan.Head> planOf(long personId) {
		return jdbc.sql("""
				select %s
				from planning.plan p %s where p.person_id = :p
				""".formatted(HEAD, DECIDED)).param("p", personId).query(PlanRepository::head).optional();
	}

	private static final String HEAD = """
			p.id, p.created_on, p.due_by, p.agreed, p.persons_words, p.agreed_on, p.last_reviewed_on, p.version,
			coalesce(p.changed_on, p.created_on) as changed_on, p.changed_by,
			(select count(*) from planning.objective o where o.plan_id = p.id) as objective_count,
			c.decision, c.reasons, c.decided_by, c.decided_at""";

	/** The latest manager's decision on the plan as it now stands (its version). */
	private static final String DECIDED = """
			left join lateral (select c.decision, c.reasons, c.decided_by, c.decided_at from planning.countersignature c
			                   where c.plan_id = p.id and c.plan_version = p.version
			                   order by c.decided_at desc, c.id desc limit 1) c on true""";

	private static SentencePlan.Head head(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		String decision = rs.getString("decision");
		return new SentencePlan.Head(rs.getLong("id"), rs.getObject("created_on", LocalDate.class),
				rs.getObject("due_by", LocalDate.class), rs.getBoolean("agreed"), rs.getString("persons_words"),
				rs.getObject("agreed_on", LocalDate.class), rs.getObject("last_reviewed_on", LocalDate.class),
				rs.getInt("version"), rs.getObject("changed_on", LocalDate.class), rs.getString("changed_by"),
				rs.getInt("objective_count"),
				decision == null ? null
						: new Countersigning.Decided(Countersigning.Decision.valueOf(decision), rs.getString("reasons"),
								rs.getString("decided_by"),
								rs.getObject("decided_at", java.time.OffsetDateTime.class).toInstant()));
	}

	/** A manager's decision on the plan at a version. */
	public void insertDecision(long planId, int version, Countersigning.Decided decided) {
		jdbc.sql("""
				insert into planning.countersignature (plan_id, plan_version, decision, reasons, decided_by, decided_at)
				values (:plan, :version, :decision, :reasons, :by, :at)
				""")
			.param("plan", planId)
			.param("version", version)
			.param("decision", decided.decision().name())
			.param("reasons", decided.reasons())
			.param("by", decided.by())
			.param("at", java.sql.Timestamp.from(decided.at()))
			.update();
	}

	/**
	 * Demo data: the plans of these cases countersigned, by whoever countersigned their
	 * RoSH assessment, a few days after the plans last changed.
	 */
	@Override
	public int countersignPlansOf(Collection<Long> personIds, String by, LocalDate asOf) {
		return jdbc.sql("""
				insert into planning.countersignature (plan_id, plan_version, decision, decided_by, decided_at)
				select p.id, p.version, 'COUNTERSIGNED', :by,
				       least(coalesce(p.changed_on, p.created_on) + 4, :asOf)::timestamp at time zone 'Europe/London'
				         + interval '10 hours'
				from planning.plan p
				where p.person_id = any(:ids)
				  and not exists (select 1 from planning.countersignature d where d.plan_id = p.id)
				""").param("ids", personIds.toArray(Long[]::new)).param("by", by).param("asOf", asOf).update();
	}

	public List<SentencePlan.Objective> objectives(long planId) {
		Map<Long, Set<Need>> needs = new HashMap<>();
		jdbc.sql(
				"""
						select n.objective_id, n.need from planning.objective_need n join planning.objective o on o.id = n.objective_id
						where o.plan_id = :plan
						""")
			.param("plan", planId)
			.query((rs, n) -> Map.entry(rs.getLong(1), Need.valueOf(rs.getString(2))))
			.list()
			.forEach(e -> needs.computeIfAbsent(e.getKey(), k -> EnumSet.noneOf(Need.class)).add(e.getValue()));
		return jdbc.sql("""
				select id, text, addresses_risk_of_harm, target_date, status, created_by, actions, delivered_by
				from planning.objective where plan_id = :plan order by target_date, id
				""")
			.param("plan", planId)
			.query((rs, n) -> new SentencePlan.Objective(rs.getLong("id"), rs.getString("text"),
					needs.getOrDefault(rs.getLong("id"), Set.of()), rs.getBoolean("addresses_risk_of_harm"),
					rs.getObject("target_date", LocalDate.class), rs.getString("status"), rs.getString("created_by"),
					rs.getString("actions"), SentencePlan.DeliveredBy.valueOf(rs.getString("delivered_by"))))
			.list();
	}

	public Map<String, String> reasons(long planId) {
		Map<String, String> reasons = new LinkedHashMap<>();
		jdbc.sql("select item, reason from planning.gap_reason where plan_id = :plan order by item")
			.param("plan", planId)
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
			.list()
			.forEach(e -> reasons.put(e.getKey(), e.getValue()));
		return reasons;
	}

	public long createPlan(long personId, LocalDate createdOn, LocalDate dueBy) {
		return jdbc.sql("""
				insert into planning.plan (person_id, created_on, due_by) values (:p, :c, :d)
				on conflict (person_id) do update set version = planning.plan.version returning id
				""").param("p", personId).param("c", createdOn).param("d", dueBy).query(Long.class).single();
	}

	public void recordReason(long planId, String item, String reason, String author) {
		jdbc.sql("""
				insert into planning.gap_reason (plan_id, item, reason, recorded_by) values (:plan, :item, :reason, :by)
				on conflict (plan_id, item) do update set reason = excluded.reason, recorded_by = excluded.recorded_by,
				  recorded_at = now()
				""").param("plan", planId).param("item", item).param("reason", reason).param("by", author).update();
	}

	public long addObjective(long planId, String text, Set<Need> needs, boolean risk, LocalDate target, String author,
			@Nullable String actions, SentencePlan.DeliveredBy deliveredBy, LocalDate on) {
		long id = jdbc.sql("""
				insert into planning.objective (plan_id, text, addresses_risk_of_harm, target_date, created_by, actions,
				    delivered_by)
				values (:plan, :text, :risk, :target, :author, :actions, :deliveredBy) returning id
				""")
			.param("plan", planId)
			.param("actions", actions)
			.param("deliveredBy", deliveredBy.name())
			.param("text", text)
			.param("risk", risk)
			.param("target", target)
			.param("author", author)
			.query(Long.class)
			.single();
		for (Need need : needs) {
			jdbc.sql("insert into planning.objective_need (objective_id, need) values (:id, :need)")
				.param("id", id)
				.param("need", need.name())
				.update();
		}
		changed(planId, on, author);
		return id;
	}

	public void recordAgreement(long planId, @Nullable String personsWords, boolean agreed, @Nullable LocalDate on,
			LocalDate today, String by) {
		jdbc.sql("""
				update planning.plan set persons_words = :words, agreed = :agreed, agreed_on = :on where id = :plan
				""")
			.param("words", personsWords)
			.param("agreed", agreed)
			.param("on", on)
			.param("plan", planId)
			.update();
		changed(planId, today, by);
	}

	/**
	 * The plan changed: a new version, which any countersignature of the last one does
	 * not cover.
	 */
	private void changed(long planId, LocalDate on, String by) {
		jdbc.sql("update planning.plan set version = version + 1, changed_on = :on, changed_by = :by where id = :plan")
			.param("on", on)
			.param("by", by)
			.param("plan", planId)
			.update();
	}

	public long addReview(long planId, LocalDate on, SentencePlan.ReviewTrigger trigger, String summary,
			@Nullable String personsView, String by, List<SentencePlan.Progress> progress) {
		long id = jdbc.sql("""
				insert into planning.review (plan_id, reviewed_on, trigger, summary, persons_view, reviewed_by)
				values (:plan, :on, :trigger, :summary, :view, :by) returning id
				""")
			.param("plan", planId)
			.param("on", on)
			.param("trigger", trigger.name())
			.param("summary", summary)
			.param("view", personsView)
			.param("by", by)
			.query(Long.class)
			.single();
		for (SentencePlan.Progress p : progress) {
			jdbc.sql("""
					insert into planning.review_progress (review_id, objective_id, status, note)
					values (:review, :objective, :status, :note)
					""")
				.param("review", id)
				.param("objective", p.objectiveId())
				.param("status", p.status())
				.param("note", p.note())
				.update();
			jdbc.sql("update planning.objective set status = :status where id = :id and plan_id = :plan")
				.param("status", p.status())
				.param("id", p.objectiveId())
				.param("plan", planId)
				.update();
		}
		jdbc.sql("update planning.plan set last_reviewed_on = :on where id = :plan")
			.param("on", on)
			.param("plan", planId)
			.update();
		changed(planId, on, by);
		return id;
	}

	public List<SentencePlan.Review> reviews(long planId) {
		Map<Long, List<SentencePlan.Progress>> progress = new HashMap<>();
		jdbc.sql("""
				select p.review_id, p.objective_id, p.status, p.note from planning.review_progress p
				join planning.review r on r.id = p.review_id where r.plan_id = :plan
				""")
			.param("plan", planId)
			.query((rs, n) -> Map.entry(rs.getLong("review_id"),
					new SentencePlan.Progress(rs.getLong("objective_id"), rs.getString("status"),
							rs.getString("note"))))
			.list()
			.forEach(e -> progress.computeIfAbsent(e.getKey(), k -> new java.util.ArrayList<>()).add(e.getValue()));
		return jdbc.sql("""
				select id, reviewed_on, trigger, summary, persons_view, reviewed_by from planning.review
				where plan_id = :plan order by reviewed_on desc, id desc
				""")
			.param("plan", planId)
			.query((rs, n) -> new SentencePlan.Review(rs.getLong("id"), rs.getObject("reviewed_on", LocalDate.class),
					SentencePlan.ReviewTrigger.valueOf(rs.getString("trigger")), rs.getString("summary"),
					rs.getString("persons_view"), rs.getString("reviewed_by"),
					progress.getOrDefault(rs.getLong("id"), List.of())))
			.list();
	}

	/** Plan heads, objectives and reasons for many people at once (oversight lists). */
	public Map<Long, SentencePlan.Head> plansOf(Collection<Long> personIds) {
		Map<Long, SentencePlan.Head> result = new HashMap<>();
		jdbc.sql("""
				select p.person_id, %s
				from planning.plan p %s where p.person_id = any(:ids)
				""".formatted(HEAD, DECIDED))
			.param("ids", personIds.toArray(Long[]::new))
			.query((rs, n) -> Map.entry(rs.getLong("person_id"), head(rs, n)))
			.list()
			.forEach(e -> result.put(e.getKey(), e.getValue()));
		return result;
	}

	/**
	 * Per plan: what its objectives address (needs and RISK_OF_HARM) and its recorded
	 * reasons.
	 */
	public Map<Long, List<PlanGaps.Objective>> objectivesOfPlans(Collection<Long> planIds) {
		Map<Long, Set<Need>> needs = new HashMap<>();
		jdbc.sql(
				"""
						select n.objective_id, n.need from planning.objective_need n join planning.objective o on o.id = n.objective_id
						where o.plan_id = any(:plans)
						""")
			.param("plans", planIds.toArray(Long[]::new))
			.query((rs, n) -> Map.entry(rs.getLong(1), Need.valueOf(rs.getString(2))))
			.list()
			.forEach(e -> needs.computeIfAbsent(e.getKey(), k -> EnumSet.noneOf(Need.class)).add(e.getValue()));
		Map<Long, List<PlanGaps.Objective>> result = new HashMap<>();
		jdbc.sql("select id, plan_id, addresses_risk_of_harm from planning.objective where plan_id = any(:plans)")
			.param("plans", planIds.toArray(Long[]::new))
			.query((rs, n) -> Map.entry(rs.getLong("plan_id"),
					new PlanGaps.Objective(needs.getOrDefault(rs.getLong("id"), Set.of()),
							rs.getBoolean("addresses_risk_of_harm"))))
			.list()
			.forEach(e -> result.computeIfAbsent(e.getKey(), k -> new java.util.ArrayList<>()).add(e.getValue()));
		return result;
	}

	public Map<Long, Set<String>> reasonItems(Collection<Long> planIds) {
		Map<Long, Set<String>> result = new HashMap<>();
		jdbc.sql("select plan_id, item from planning.gap_reason where plan_id = any(:plans)")
			.param("plans", planIds.toArray(Long[]::new))
			.query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2)))
			.list()
			.forEach(e -> result.computeIfAbsent(e.getKey(), k -> new java.util.HashSet<>()).add(e.getValue()));
		return result;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void load(List<PlanRow> plans) {
		CopyRows planRows = new CopyRows();
		CopyRows objectiveRows = new CopyRows();
		CopyRows needRows = new CopyRows();
		for (PlanRow plan : plans) {
			planRows.add(plan.id())
				.add(plan.personId())
				.add(plan.createdOn())
				.add(plan.dueBy())
				.add(plan.agreed())
				// an agreed plan records the person's own view of it, and the day
				.add(plan.agreed() ? PERSONS_WORDS.get((int) (plan.id() % PERSONS_WORDS.size())) : null)
				.add(plan.agreed() ? plan.createdOn() : null)
				.endRow();
			for (ObjectiveRow o : plan.objectives()) {
				objectiveRows.add(o.id())
					.add(plan.id())
					.add(o.text())
					.add(o.addressesRiskOfHarm())
					.add(o.targetDate())
					.add(o.status())
					.add("Responsible officer")
					.endRow();
				o.needs().forEach(n -> needRows.add(o.id()).add(n.name()).endRow());
			}
		}
		BulkCopy.into(dataSource, "planning.plan (id, person_id, created_on, due_by, agreed, persons_words, agreed_on)",
				planRows);
		BulkCopy.into(dataSource,
				"planning.objective (id, plan_id, text, addresses_risk_of_harm, target_date, status, created_by)",
				objectiveRows);
		BulkCopy.into(dataSource, "planning.objective_need (objective_id, need)", needRows);
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void finish() {
		BulkCopy.resetIdentity(dataSource, "planning.plan");
		BulkCopy.resetIdentity(dataSource, "planning.objective");
	}

}
