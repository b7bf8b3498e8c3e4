package org.openprobation.assessment.persistence;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.openprobation.assessment.AssessmentBulkLoad;
import org.openprobation.assessment.CaseTier;
import org.openprobation.assessment.NeedsAssessment;
import org.openprobation.assessment.Registration;
import org.openprobation.assessment.RegistrationType;
import org.openprobation.assessment.RoshAssessment;
import org.openprobation.assessment.RoshAssessment.RiskGroup;
import org.openprobation.assessment.RoshOverall;
import org.openprobation.assessment.RsrScore;
import org.openprobation.assessment.domain.TierRule;
import org.openprobation.shared.BulkCopy;
import org.openprobation.shared.CopyRows;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Repository
public class AssessmentRepository implements AssessmentBulkLoad {

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	AssessmentRepository(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
	}

	private static Long[] ids(Collection<Long> personIds) {
		return personIds.toArray(Long[]::new);
	}

	/**
	 * Whether the assessed person (r) is in custody now: serving the custodial part of a
	 * sentence, read from the sentences' reporting view.
	 */
	private static final String IN_CUSTODY = """
			exists (select 1 from reporting.sentence s where s.person_id = r.person_id and s.status = 'ACTIVE'
			        and s.kind = 'PRE_RELEASE')""";

	public Map<Long, RoshAssessment> latestRosh(Collection<Long> personIds) {
		Map<Long, RoshAssessment> result = new HashMap<>();
		jdbc.sql("""
				select distinct on (r.person_id) r.*, %s as in_custody from assessment.rosh_assessment r
				where r.person_id = any(:ids) order by r.person_id, r.assessed_on desc, r.id desc
				""".formatted(IN_CUSTODY)).param("ids", ids(personIds)).query((rs, n) -> {
			Map<RiskGroup, TierRule.RoshLevel> levels = roshLevels(rs);
			return Map.entry(rs.getLong("person_id"),
					new RoshAssessment(rs.getLong("id"), rs.getObject("assessed_on", LocalDate.class), levels,
							rs.getString("who_is_at_risk"), rs.getString("nature_of_harm"), rs.getString("imminence"),
							rs.getString("increases_risk"), rs.getString("reduces_risk"),
							rs.getString("risk_management_plan"), rs.getString("author"), rs.getBoolean("in_custody")));
		}).list().forEach(e -> result.put(e.getKey(), e.getValue()));
		return result;
	}

	/** The same assessments' dates and overall levels, without their free text. */
	public Map<Long, RoshOverall> latestRoshOverall(Collection<Long> personIds) {
		Map<Long, RoshOverall> result = new HashMap<>();
		jdbc.sql("""
				select distinct on (r.person_id) r.person_id, r.id, r.assessed_on, r.children, r.public_at_large,
				       r.known_adult, r.staff, r.prisoners, %s as in_custody
				from assessment.rosh_assessment r
				where r.person_id = any(:ids) order by r.person_id, r.assessed_on desc, r.id desc
				""".formatted(IN_CUSTODY))
			.param("ids", ids(personIds))
			.query((rs, n) -> Map.entry(rs.getLong("person_id"),
					new RoshOverall(rs.getLong("id"), rs.getObject("assessed_on", LocalDate.class),
							RoshAssessment.overallOf(roshLevels(rs), rs.getBoolean("in_custody")))))
			.list()
			.forEach(e -> result.put(e.getKey(), e.getValue()));
		return result;
	}

	/**
	 * For each case, when each review trigger last happened and when its needs were last
	 * assessed, in one query over the reporting views (and this module's own tables).
	 */
	public Map<Long, org.openprobation.assessment.ReviewFacts> reviewFacts(Collection<Long> personIds) {
		Map<Long, org.openprobation.assessment.ReviewFacts> result = new HashMap<>();
		jdbc.sql(
				"""
						select p.id,
						  (select max(a.from_date) from reporting.address a where a.person_id = p.id
						     and a.from_date > (select min(f.from_date) from reporting.address f where f.person_id = p.id)) as moved_on,
						  (select max(s.start_date) from reporting.sentence s where s.person_id = p.id) as sentenced_on,
						  (select max(r.start_date) from reporting.requirement r join reporting.sentence s on s.id = r.sentence_id
						     where s.person_id = p.id) as requirement_on,
						  (select max(g.start_date) from assessment.registration g where g.person_id = p.id) as registered_on,
						  (select max(e.created_on) from reporting.enforcement_action e where e.person_id = p.id
						     and e.kind in ('BREACH', 'RECALL')) as breach_on,
						  (select max(n.assessed_on) from assessment.needs_assessment n where n.person_id = p.id) as needs_on
						from unnest(:ids) as p(id)
						""")
			.param("ids", ids(personIds))
			.query((rs, n) -> {
				java.util.function.Function<String, LocalDate> day = column -> {
					try {
						return rs.getObject(column, LocalDate.class);
					}
					catch (java.sql.SQLException ex) {
						throw new IllegalStateException(ex);
					}
				};
				return Map
					.entry(rs.getLong("id"),
							new org.openprobation.assessment.ReviewFacts(
									new org.openprobation.assessment.domain.ReviewTriggers.Events(day.apply("moved_on"),
											day.apply("sentenced_on"), day.apply("requirement_on"),
											day.apply("registered_on"), day.apply("breach_on")),
									day.apply("needs_on")));
			})
			.list()
			.forEach(e -> result.put(e.getKey(), e.getValue()));
		return result;
	}

	/** A latest RoSH assessment's level, author, and the latest decision on it. */
	public record RoshDecided(RoshOverall rosh, String author,
			org.openprobation.assessment.domain.Countersigning.@org.jspecify.annotations.Nullable Decided decided) {
	}

	/**
	 * Each person's latest RoSH assessment with its author and the latest manager's
	 * decision on it, in one query.
	 */
	public Map<Long, RoshDecided> latestRoshDecided(Collection<Long> personIds) {
		Map<Long, RoshDecided> result = new HashMap<>();
		jdbc.sql("""
				select distinct on (r.person_id) r.person_id, r.id, r.assessed_on, r.children, r.public_at_large,
				       r.known_adult, r.staff, r.prisoners, r.author, %s as in_custody,
				       c.decision, c.reasons, c.decided_by, c.decided_at
				from assessment.rosh_assessment r
				left join lateral (select c.decision, c.reasons, c.decided_by, c.decided_at
				                   from assessment.rosh_countersignature c where c.rosh_assessment_id = r.id
				                   order by c.decided_at desc, c.id desc limit 1) c on true
				where r.person_id = any(:ids) order by r.person_id, r.assessed_on desc, r.id desc
				""".formatted(IN_CUSTODY))
			.param("ids", ids(personIds))
			.query((rs, n) -> Map.entry(rs.getLong("person_id"),
					new RoshDecided(
							new RoshOverall(rs.getLong("id"), rs.getObject("assessed_on", LocalDate.class),
									RoshAssessment.overallOf(roshLevels(rs), rs.getBoolean("in_custody"))),
							rs.getString("author"), decided(rs))))
			.list()
			.forEach(e -> result.put(e.getKey(), e.getValue()));
		return result;
	}

	private static org.openprobation.assessment.domain.Countersigning.@org.jspecify.annotations.Nullable Decided decided(
			java.sql.ResultSet rs) throws java.sql.SQLException {
		String decision = rs.getString("decision");
		return decision == null ? null : new org.openprobation.assessment.domain.Countersigning.Decided(
				org.openprobation.assessment.domain.Countersigning.Decision.valueOf(decision), rs.getString("reasons"),
				rs.getString("decided_by"), rs.getObject("decided_at", java.time.OffsetDateTime.class).toInstant());
	}

	public void insertRoshDecision(long roshAssessmentId,
			org.openprobation.assessment.domain.Countersigning.Decided decided) {
		jdbc.sql(
				"""
						insert into assessment.rosh_countersignature (rosh_assessment_id, decision, reasons, decided_by, decided_at)
						values (:rosh, :decision, :reasons, :by, :at)
						""")
			.param("rosh", roshAssessmentId)
			.param("decision", decided.decision().name())
			.param("reasons", decided.reasons())
			.param("by", decided.by())
			.param("at", java.sql.Timestamp.from(decided.at()))
			.update();
	}

	/**
	 * Demo data: a share of the latest high and very high RoSH assessments countersigned
	 * a few days after they were made (chosen by their ids, so the same every time).
	 */
	@Override
	public List<Long> countersignShare(int percent, String by, LocalDate asOf) {
		return jdbc
			.sql("""
					with chosen as (
					  select l.id, l.person_id, l.assessed_on
					  from (select distinct on (r.person_id) r.id, r.person_id, r.assessed_on,
					               array[r.children, r.public_at_large, r.known_adult, r.staff] && array['HIGH', 'VERY_HIGH'] as high
					        from assessment.rosh_assessment r order by r.person_id, r.assessed_on desc, r.id desc) l
					  where l.high and l.id % 100 < :percent
					    and not exists (select 1 from assessment.rosh_countersignature c where c.rosh_assessment_id = l.id)),
					signed as (
					  insert into assessment.rosh_countersignature (rosh_assessment_id, decision, decided_by, decided_at)
					  select id, 'COUNTERSIGNED', :by,
					         least(assessed_on + 3, :asOf)::timestamp at time zone 'Europe/London' + interval '10 hours'
					  from chosen)
					select person_id from chosen order by person_id
					""")
			.param("by", by)
			.param("percent", percent)
			.param("asOf", asOf)
			.query(Long.class)
			.list();
	}

	private static Map<RiskGroup, TierRule.RoshLevel> roshLevels(java.sql.ResultSet rs) throws java.sql.SQLException {
		Map<RiskGroup, TierRule.RoshLevel> levels = new EnumMap<>(RiskGroup.class);
		levels.put(RiskGroup.CHILDREN, TierRule.RoshLevel.valueOf(rs.getString("children")));
		levels.put(RiskGroup.PUBLIC, TierRule.RoshLevel.valueOf(rs.getString("public_at_large")));
		levels.put(RiskGroup.KNOWN_ADULT, TierRule.RoshLevel.valueOf(rs.getString("known_adult")));
		levels.put(RiskGroup.STAFF, TierRule.RoshLevel.valueOf(rs.getString("staff")));
		levels.put(RiskGroup.PRISONERS, TierRule.RoshLevel.valueOf(rs.getString("prisoners")));
		return levels;
	}

	public Map<Long, NeedsAssessment> latestNeeds(Collection<Long> personIds) {
		return latestNeeds(personIds, false);
	}

	/**
	 * Each person's latest needs assessment with only its needs linked to offending or to
	 * risk of harm: the needs a plan must address (a third of all needs).
	 */
	public Map<Long, NeedsAssessment> latestLinkedNeeds(Collection<Long> personIds) {
		return latestNeeds(personIds, true);
	}

	private Map<Long, NeedsAssessment> latestNeeds(Collection<Long> personIds, boolean linkedOnly) {
		record Head(long id, long personId, LocalDate assessedOn, String author) {
		}
		List<Head> heads = jdbc.sql("""
				select distinct on (person_id) id, person_id, assessed_on, author from assessment.needs_assessment
				where person_id = any(:ids) order by person_id, assessed_on desc, id desc
				""")
			.param("ids", ids(personIds))
			.query((rs, n) -> new Head(rs.getLong("id"), rs.getLong("person_id"),
					rs.getObject("assessed_on", LocalDate.class), rs.getString("author")))
			.list();
		Map<Long, List<NeedsAssessment.AssessedNeed>> needs = new HashMap<>();
		if (!heads.isEmpty()) {
			String linked = linkedOnly ? "and (linked_to_offending or linked_to_harm)" : "";
			jdbc.sql("select needs_assessment_id, need, severity, linked_to_offending, linked_to_harm"
					+ " from assessment.need where needs_assessment_id = any(:ids) " + linked
					+ " order by needs_assessment_id, need")
				.param("ids", heads.stream().map(Head::id).toArray(Long[]::new))
				.query((rs, n) -> Map.entry(rs.getLong("needs_assessment_id"),
						new NeedsAssessment.AssessedNeed(TierRule.Need.valueOf(rs.getString("need")),
								TierRule.NeedSeverity.valueOf(rs.getString("severity")),
								rs.getBoolean("linked_to_offending"), rs.getBoolean("linked_to_harm"))))
				.list()
				.forEach(e -> needs.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
		}
		Map<Long, NeedsAssessment> result = new HashMap<>();
		heads.forEach(h -> result.put(h.personId(),
				new NeedsAssessment(h.id(), h.assessedOn(), h.author(), needs.getOrDefault(h.id(), List.of()))));
		return result;
	}

	public Map<Long, RsrScore> latestRsr(Collection<Long> personIds) {
		Map<Long, RsrScore> result = new HashMap<>();
		jdbc.sql("""
				select distinct on (person_id) person_id, percent, scored_on, source from assessment.rsr_score
				where person_id = any(:ids) order by person_id, scored_on desc, id desc
				""")
			.param("ids", ids(personIds))
			.query((rs, n) -> Map.entry(rs.getLong("person_id"),
					new RsrScore(rs.getBigDecimal("percent"), rs.getObject("scored_on", LocalDate.class),
							rs.getString("source"))))
			.list()
			.forEach(e -> result.put(e.getKey(), e.getValue()));
		return result;
	}

	public Map<Long, org.openprobation.assessment.WomenFactorsRecord> latestWomenFactors(Collection<Long> personIds) {
		Map<Long, org.openprobation.assessment.WomenFactorsRecord> result = new HashMap<>();
		jdbc.sql("""
				select distinct on (person_id) person_id, parenting_responsibilities, impulsivity_or_temper,
				       breach_or_recall_on, assessed_on, author
				from assessment.women_factors where person_id = any(:ids) order by person_id, assessed_on desc, id desc
				""")
			.param("ids", ids(personIds))
			.query((rs, n) -> Map.entry(rs.getLong("person_id"),
					new org.openprobation.assessment.WomenFactorsRecord(rs.getBoolean("parenting_responsibilities"),
							rs.getBoolean("impulsivity_or_temper"),
							rs.getObject("breach_or_recall_on", LocalDate.class),
							rs.getObject("assessed_on", LocalDate.class), rs.getString("author"))))
			.list()
			.forEach(e -> result.put(e.getKey(), e.getValue()));
		return result;
	}

	public void insertWomenFactors(long personId, boolean parenting, boolean impulsivity,
			@Nullable LocalDate breachOrRecallOn, LocalDate assessedOn, String author) {
		jdbc.sql("""
				insert into assessment.women_factors (person_id, parenting_responsibilities, impulsivity_or_temper,
				    breach_or_recall_on, assessed_on, author)
				values (:p, :parenting, :impulsivity, :breach, :on, :author)
				""")
			.param("p", personId)
			.param("parenting", parenting)
			.param("impulsivity", impulsivity)
			.param("breach", breachOrRecallOn)
			.param("on", assessedOn)
			.param("author", author)
			.update();
	}

	public Map<Long, List<Registration>> activeRegistrations(Collection<Long> personIds) {
		Map<Long, List<Registration>> result = new HashMap<>();
		jdbc.sql("""
				select id, person_id, type, mappa_category, mappa_level, start_date, next_review_date, added_by
				from assessment.registration where ended_on is null and person_id = any(:ids)
				order by person_id, start_date, id
				""")
			.param("ids", ids(personIds))
			.query((rs, n) -> Map.entry(rs.getLong("person_id"),
					new Registration(rs.getLong("id"), RegistrationType.valueOf(rs.getString("type")),
							rs.getObject("mappa_category", Integer.class), rs.getObject("mappa_level", Integer.class),
							rs.getObject("start_date", LocalDate.class),
							rs.getObject("next_review_date", LocalDate.class), rs.getString("added_by"))))
			.list()
			.forEach(e -> result.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
		return result;
	}

	/** Each person's tier code alone (lists and contact standards need no more). */
	public Map<Long, String> tierCodes(Collection<Long> personIds) {
		Map<Long, String> result = new HashMap<>();
		jdbc.sql("select person_id, tier from assessment.tier where person_id = any(:ids)")
			.param("ids", ids(personIds))
			.query((rs, n) -> Map.entry(rs.getLong("person_id"), rs.getString("tier")))
			.list()
			.forEach(e -> result.put(e.getKey(), e.getValue()));
		return result;
	}

	public Map<Long, CaseTier> tiers(Collection<Long> personIds) {
		Map<Long, CaseTier> result = new HashMap<>();
		jdbc.sql("""
				select person_id, tier, protect_points, change_points, ogrs_two_year, calculated_at, reason
				from assessment.tier where person_id = any(:ids)
				""")
			.param("ids", ids(personIds))
			.query((rs, n) -> Map.entry(rs.getLong("person_id"),
					new CaseTier(rs.getString("tier"), rs.getInt("protect_points"), rs.getInt("change_points"),
							rs.getObject("ogrs_two_year", Integer.class),
							rs.getObject("calculated_at", OffsetDateTime.class), rs.getString("reason"))))
			.list()
			.forEach(e -> result.put(e.getKey(), e.getValue()));
		return result;
	}

	public List<CaseTier> tierHistory(long personId) {
		return jdbc.sql("""
				select tier, protect_points, change_points, calculated_at, reason from assessment.tier_history
				where person_id = :id order by calculated_at desc, id desc limit 50
				""")
			.param("id", personId)
			.query((rs, n) -> new CaseTier(rs.getString("tier"), rs.getInt("protect_points"),
					rs.getInt("change_points"), null, rs.getObject("calculated_at", OffsetDateTime.class),
					rs.getString("reason")))
			.list();
	}

	/** The sex for scoring recorded for each of these people who has one. */
	public Map<Long, org.openprobation.assessment.domain.Sex> scoringSexes(Collection<Long> personIds) {
		Map<Long, org.openprobation.assessment.domain.Sex> result = new HashMap<>();
		jdbc.sql("select person_id, sex from assessment.scoring_sex where person_id = any(:ids)")
			.param("ids", ids(personIds))
			.query((rs, n) -> Map.entry(rs.getLong(1),
					org.openprobation.assessment.domain.Sex.valueOf(rs.getString(2))))
			.list()
			.forEach(e -> result.put(e.getKey(), e.getValue()));
		return result;
	}

	/** Records (or replaces) the sex for scoring with its reason. */
	public void saveScoringSex(long personId, org.openprobation.assessment.domain.Sex sex, String reason, String by,
			java.time.Instant at) {
		jdbc.sql("""
				insert into assessment.scoring_sex (person_id, sex, reason, recorded_by, recorded_at)
				values (:p, :sex, :reason, :by, :at)
				on conflict (person_id) do update set sex = excluded.sex, reason = excluded.reason,
				    recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at,
				    version = assessment.scoring_sex.version + 1""")
			.param("p", personId)
			.param("sex", sex.name())
			.param("reason", reason)
			.param("by", by)
			.param("at", java.sql.Timestamp.from(at))
			.update();
	}

	/** A case's stored tier as read, to be replaced only if it is still that. */
	public record StoredTier(String tier, java.time.LocalDate calculatedOn, int version) {
	}

	public Map<Long, StoredTier> storedTiers(Collection<Long> personIds) {
		Map<Long, StoredTier> result = new HashMap<>();
		jdbc.sql("""
				select person_id, tier, (calculated_at at time zone 'Europe/London')::date as calculated_on, version
				from assessment.tier where person_id = any(:ids)""")
			.param("ids", ids(personIds))
			.query((rs, n) -> Map.entry(rs.getLong("person_id"),
					new StoredTier(rs.getString("tier"), rs.getObject("calculated_on", java.time.LocalDate.class),
							rs.getInt("version"))))
			.list()
			.forEach(e -> result.put(e.getKey(), e.getValue()));
		return result;
	}

	/**
	 * Replaces a stored tier that is still the version read (or adds one where there was
	 * none), and records it in the history; false when the case's tier was recomputed
	 * meanwhile (by a change to its record: that tier stands).
	 */
	public boolean refreshTier(TierRow row, @Nullable Integer version) {
		int written = version == null ? jdbc
			.sql("""
					insert into assessment.tier (person_id, tier, protect_points, change_points, ogrs_two_year, calculated_at,
					    reason)
					values (:person, :tier, :protect, :change, :ogrs, :at, :reason) on conflict (person_id) do nothing""")
			.params(tierParameters(row))
			.update()
				: jdbc.sql("""
						update assessment.tier set tier = :tier, protect_points = :protect, change_points = :change,
						    ogrs_two_year = :ogrs, calculated_at = :at, reason = :reason, version = version + 1
						where person_id = :person and version = :version""")
					.params(tierParameters(row))
					.param("version", version)
					.update();
		if (written == 1) {
			jdbc.sql("""
					insert into assessment.tier_history (person_id, tier, protect_points, change_points, calculated_at,
					    reason)
					values (:person, :tier, :protect, :change, :at, :reason)""").params(tierParameters(row)).update();
		}
		return written == 1;
	}

	private static Map<String, Object> tierParameters(TierRow row) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("person", row.personId());
		parameters.put("tier", row.tier());
		parameters.put("protect", row.protectPoints());
		parameters.put("change", row.changePoints());
		parameters.put("ogrs", row.ogrsTwoYear());
		parameters.put("at", row.at());
		parameters.put("reason", row.reason());
		return parameters;
	}

	/**
	 * A newly calculated tier: kept as current, and added to the history when it changed.
	 */
	public record TierRow(long personId, String tier, int protectPoints, int changePoints,
			@Nullable Integer ogrsTwoYear, OffsetDateTime at, String reason) {
	}

	public void saveTier(TierRow row) {
		String previous = jdbc.sql("select tier from assessment.tier where person_id = :id for update")
			.param("id", row.personId())
			.query(String.class)
			.optional()
			.orElse(null);
		jdbc.sql(
				"""
						insert into assessment.tier (person_id, tier, protect_points, change_points, ogrs_two_year, calculated_at, reason)
						values (:person, :tier, :protect, :change, :ogrs, :at, :reason)
						on conflict (person_id) do update set tier = excluded.tier, protect_points = excluded.protect_points,
						  change_points = excluded.change_points, ogrs_two_year = excluded.ogrs_two_year,
						  calculated_at = excluded.calculated_at, reason = excluded.reason, version = assessment.tier.version + 1
						""")
			.param("person", row.personId())
			.param("tier", row.tier())
			.param("protect", row.protectPoints())
			.param("change", row.changePoints())
			.param("ogrs", row.ogrsTwoYear())
			.param("at", row.at())
			.param("reason", row.reason())
			.update();
		jdbc.sql(
				"""
						insert into assessment.tier_history (person_id, tier, protect_points, change_points, calculated_at, reason)
						values (:person, :tier, :protect, :change, :at, :reason)
						""")
			.param("person", row.personId())
			.param("tier", row.tier())
			.param("protect", row.protectPoints())
			.param("change", row.changePoints())
			.param("at", row.at())
			.param("reason",
					previous == null || previous.equals(row.tier()) ? row.reason()
							: row.reason() + " (was " + previous + ")")
			.update();
	}

	/**
	 * Replaces the tiers of many cases at once and records each in the history, by COPY.
	 */
	/** Which of these people have a current tier. */
	public java.util.Set<Long> tiered(java.util.Collection<Long> personIds) {
		if (personIds.isEmpty()) {
			return java.util.Set.of();
		}
		return new java.util.HashSet<>(jdbc.sql("select person_id from assessment.tier where person_id = any(:ids)")
			.param("ids", personIds.toArray(Long[]::new))
			.query(Long.class)
			.list());
	}

	public void replaceTiers(List<TierRow> rows) {
		if (rows.isEmpty()) {
			return;
		}
		jdbc.sql("delete from assessment.tier where person_id = any(:ids)")
			.param("ids", rows.stream().map(TierRow::personId).toArray(Long[]::new))
			.update();
		CopyRows current = new CopyRows();
		CopyRows history = new CopyRows();
		for (TierRow r : rows) {
			current.add(r.personId())
				.add(r.tier())
				.add(r.protectPoints())
				.add(r.changePoints())
				.add(r.ogrsTwoYear())
				.add(r.at())
				.add(r.reason())
				.endRow();
			history.add(r.personId())
				.add(r.tier())
				.add(r.protectPoints())
				.add(r.changePoints())
				.add(r.at())
				.add(r.reason())
				.endRow();
		}
		BulkCopy.into(dataSource,
				"assessment.tier (person_id, tier, protect_points, change_points, ogrs_two_year, calculated_at, reason)",
				current);
		BulkCopy.into(dataSource,
				"assessment.tier_history (person_id, tier, protect_points, change_points, calculated_at, reason)",
				history);
	}

	/** A new RoSH assessment (a new version: the history keeps the old ones). */
	public long insertRosh(long personId, LocalDate assessedOn, Map<RiskGroup, TierRule.RoshLevel> levels,
			String whoIsAtRisk, String natureOfHarm, String imminence, String increasesRisk, String reducesRisk,
			String riskManagementPlan, String author) {
		return jdbc
			.sql("""
					insert into assessment.rosh_assessment (person_id, assessed_on, children, public_at_large, known_adult, staff,
					  prisoners, who_is_at_risk, nature_of_harm, imminence, increases_risk, reduces_risk, risk_management_plan, author)
					values (:p, :on, :children, :public, :known, :staff, :prisoners, :who, :nature, :imminence, :increases,
					  :reduces, :plan, :author) returning id
					""")
			.param("p", personId)
			.param("on", assessedOn)
			.param("children", levels.get(RiskGroup.CHILDREN).name())
			.param("public", levels.get(RiskGroup.PUBLIC).name())
			.param("known", levels.get(RiskGroup.KNOWN_ADULT).name())
			.param("staff", levels.get(RiskGroup.STAFF).name())
			.param("prisoners", levels.get(RiskGroup.PRISONERS).name())
			.param("who", whoIsAtRisk)
			.param("nature", natureOfHarm)
			.param("imminence", imminence)
			.param("increases", increasesRisk)
			.param("reduces", reducesRisk)
			.param("plan", riskManagementPlan)
			.param("author", author)
			.query(Long.class)
			.single();
	}

	public void insertRsr(long personId, java.math.BigDecimal percent, LocalDate scoredOn, String source) {
		jdbc.sql(
				"insert into assessment.rsr_score (person_id, percent, scored_on, source) values (:p, :percent, :on, :source)")
			.param("p", personId)
			.param("percent", percent)
			.param("on", scoredOn)
			.param("source", source)
			.update();
	}

	/** The dates of every RoSH assessment of a person, newest first: the history. */
	public List<LocalDate> roshHistory(long personId) {
		return jdbc.sql(
				"select assessed_on from assessment.rosh_assessment where person_id = :p order by assessed_on desc, id desc")
			.param("p", personId)
			.query(LocalDate.class)
			.list();
	}

	/** A new needs assessment (a new version: the history keeps the old ones). */
	public long insertNeedsAssessment(long personId, LocalDate assessedOn, String author,
			List<NeedsAssessment.AssessedNeed> needs) {
		long id = jdbc.sql(
				"insert into assessment.needs_assessment (person_id, assessed_on, author) values (:p, :on, :a) returning id")
			.param("p", personId)
			.param("on", assessedOn)
			.param("a", author)
			.query(Long.class)
			.single();
		for (NeedsAssessment.AssessedNeed need : needs) {
			jdbc.sql(
					"""
							insert into assessment.need (needs_assessment_id, need, severity, linked_to_offending, linked_to_harm)
							values (:id, :need, :severity, :offending, :harm)
							""")
				.param("id", id)
				.param("need", need.need().name())
				.param("severity", need.severity().name())
				.param("offending", need.linkedToOffending())
				.param("harm", need.linkedToHarm())
				.update();
		}
		return id;
	}

	/** A registration's reviews, newest first. */
	public record RegistrationReview(long id, LocalDate reviewedOn, String decision, LocalDate nextReviewDate,
			String reviewedBy) {
	}

	public List<RegistrationReview> registrationReviews(long registrationId) {
		return jdbc.sql("""
				select id, reviewed_on, decision, next_review_date, reviewed_by from assessment.registration_review
				where registration_id = :id order by reviewed_on desc, id desc
				""")
			.param("id", registrationId)
			.query((rs, n) -> new RegistrationReview(rs.getLong("id"), rs.getObject("reviewed_on", LocalDate.class),
					rs.getString("decision"), rs.getObject("next_review_date", LocalDate.class),
					rs.getString("reviewed_by")))
			.list();
	}

	/**
	 * Records a review of an active registration of this person and moves its next review
	 * date; false when it is not active on this case.
	 */
	public boolean reviewRegistration(long personId, long registrationId, LocalDate on, String decision,
			LocalDate nextReviewDate, String by) {
		int moved = jdbc.sql("""
				update assessment.registration set next_review_date = :next, version = version + 1
				where id = :id and person_id = :person and ended_on is null
				""").param("next", nextReviewDate).param("id", registrationId).param("person", personId).update();
		if (moved == 0) {
			return false;
		}
		jdbc.sql("""
				insert into assessment.registration_review (registration_id, reviewed_on, decision, next_review_date,
				  reviewed_by) values (:id, :on, :decision, :next, :by)
				""")
			.param("id", registrationId)
			.param("on", on)
			.param("decision", decision)
			.param("next", nextReviewDate)
			.param("by", by)
			.update();
		return true;
	}

	public long insertRegistration(long personId, RegistrationType type, @Nullable Integer mappaCategory,
			@Nullable Integer mappaLevel, LocalDate start, LocalDate review, String author) {
		return jdbc
			.sql("""
					insert into assessment.registration (person_id, type, mappa_category, mappa_level, start_date, next_review_date, added_by)
					values (:person, :type, :category, :level, :start, :review, :author) returning id
					""")
			.param("person", personId)
			.param("type", type.name())
			.param("category", mappaCategory)
			.param("level", mappaLevel)
			.param("start", start)
			.param("review", review)
			.param("author", author)
			.query(Long.class)
			.single();
	}

	/**
	 * Ends an active registration; false when it is not active for that person (already
	 * ended, or another's).
	 */
	public boolean endRegistration(long personId, long registrationId, LocalDate endedOn, String reason) {
		return jdbc.sql("""
				update assessment.registration set ended_on = :ended, end_reason = :reason, version = version + 1
				where id = :id and person_id = :person and ended_on is null and start_date <= :ended
				""")
			.param("ended", endedOn)
			.param("reason", reason)
			.param("id", registrationId)
			.param("person", personId)
			.update() == 1;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void load(Batch b) {
		CopyRows rosh = new CopyRows();
		b.rosh()
			.forEach(r -> rosh.add(r.personId())
				.add(r.assessedOn())
				.add(r.children().name())
				.add(r.publicAtLarge().name())
				.add(r.knownAdult().name())
				.add(r.staff().name())
				.add(r.prisoners().name())
				.add(r.whoIsAtRisk())
				.add(r.natureOfHarm())
				.add(r.imminence())
				.add(r.increasesRisk())
				.add(r.reducesRisk())
				.add(r.riskManagementPlan())
				.add(r.author())
				.endRow());
		BulkCopy.into(dataSource,
				"assessment.rosh_assessment (person_id, assessed_on, children, public_at_large, "
						+ "known_adult, staff, prisoners, who_is_at_risk, nature_of_harm, imminence, increases_risk, "
						+ "reduces_risk, risk_management_plan, author)",
				rosh);
		CopyRows heads = new CopyRows();
		CopyRows needs = new CopyRows();
		b.needs().forEach(n -> {
			heads.add(n.id()).add(n.personId()).add(n.assessedOn()).add(n.author()).endRow();
			n.needs()
				.forEach(need -> needs.add(n.id())
					.add(need.need().name())
					.add(need.severity().name())
					.add(need.linkedToOffending())
					.add(need.linkedToHarm())
					.endRow());
		});
		BulkCopy.into(dataSource, "assessment.needs_assessment (id, person_id, assessed_on, author)", heads);
		BulkCopy.into(dataSource,
				"assessment.need (needs_assessment_id, need, severity, linked_to_offending, linked_to_harm)", needs);
		CopyRows rsr = new CopyRows();
		b.rsr().forEach(r -> rsr.add(r.personId()).add(r.percent()).add(r.scoredOn()).add(r.source()).endRow());
		BulkCopy.into(dataSource, "assessment.rsr_score (person_id, percent, scored_on, source)", rsr);
		CopyRows flags = new CopyRows();
		b.registrations()
			.forEach(f -> flags.add(f.personId())
				.add(f.type().name())
				.add(f.mappaCategory())
				.add(f.mappaLevel())
				.add(f.startDate())
				.add(f.nextReviewDate())
				.add(f.addedBy())
				.endRow());
		BulkCopy.into(dataSource, "assessment.registration (person_id, type, mappa_category, mappa_level, start_date, "
				+ "next_review_date, added_by)", flags);
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void finish() {
		for (String table : new String[] { "assessment.rosh_assessment", "assessment.needs_assessment",
				"assessment.rsr_score", "assessment.registration", "assessment.tier_history" }) {
			BulkCopy.resetIdentity(dataSource, table);
		}
	}

}
