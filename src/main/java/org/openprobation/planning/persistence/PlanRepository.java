package org.openprobation.planning.persistence;

import java.time.LocalDate;
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
import org.openprobation.planning.SentencePlan;
import org.openprobation.shared.BulkCopy;
import org.openprobation.shared.CopyRows;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Repository
public class PlanRepository implements PlansBulkLoad {

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	PlanRepository(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
	}

	public Optional<SentencePlan.Head> planOf(long personId) {
		return jdbc.sql("select id, created_on, due_by, agreed, persons_words from planning.plan where person_id = :p")
			.param("p", personId)
			.query((rs, n) -> new SentencePlan.Head(rs.getLong("id"), rs.getObject("created_on", LocalDate.class),
					rs.getObject("due_by", LocalDate.class), rs.getBoolean("agreed"), rs.getString("persons_words")))
			.optional();
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
				select id, text, addresses_risk_of_harm, target_date, status, created_by from planning.objective
				where plan_id = :plan order by target_date, id
				""")
			.param("plan", planId)
			.query((rs, n) -> new SentencePlan.Objective(rs.getLong("id"), rs.getString("text"),
					needs.getOrDefault(rs.getLong("id"), Set.of()), rs.getBoolean("addresses_risk_of_harm"),
					rs.getObject("target_date", LocalDate.class), rs.getString("status"), rs.getString("created_by")))
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

	public long addObjective(long planId, String text, Set<Need> needs, boolean risk, LocalDate target, String author) {
		long id = jdbc.sql("""
				insert into planning.objective (plan_id, text, addresses_risk_of_harm, target_date, created_by)
				values (:plan, :text, :risk, :target, :author) returning id
				""")
			.param("plan", planId)
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
		jdbc.sql("update planning.plan set version = version + 1 where id = :plan").param("plan", planId).update();
		return id;
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
		BulkCopy.into(dataSource, "planning.plan (id, person_id, created_on, due_by, agreed)", planRows);
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
