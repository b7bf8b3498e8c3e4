package org.openprobation.sentences.persistence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.openprobation.sentences.CurrentSentence;
import org.openprobation.sentences.Offence;
import org.openprobation.sentences.OffenceCategory;
import org.openprobation.sentences.Requirement;
import org.openprobation.sentences.ScoringFacts;
import org.openprobation.sentences.RequirementKind;
import org.openprobation.sentences.RequirementStatus;
import org.openprobation.sentences.Sentence;
import org.openprobation.sentences.SentenceKind;
import org.openprobation.sentences.SentenceStatus;
import org.openprobation.shared.ProviderCondition;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class SentenceRepository {

	private final JdbcClient jdbc;

	SentenceRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Sentence> sentencesOf(long personId) {
		record Row(long id, long eventId, int eventNumber, LocalDate convictionDate, String court, SentenceKind kind,
				SentenceStatus status, LocalDate sentenceDate, LocalDate startDate, LocalDate expectedEnd, int length,
				@Nullable Integer custodialTerm, @Nullable LocalDate releaseDate, @Nullable LocalDate endedOn) {
		}
		List<Row> rows = jdbc
			.sql("""
					select s.id, s.event_id, e.event_number, e.conviction_date, e.court, s.kind, s.status, s.sentence_date,
					       s.start_date, s.expected_end_date, s.length_months, s.custodial_term_months, s.release_date, s.ended_on
					from sentences.sentence s join sentences.event e on e.id = s.event_id
					where s.person_id = :person
					order by (s.status = 'ACTIVE') desc, s.sentence_date desc, s.id desc
					""")
			.param("person", personId)
			.query((rs, n) -> new Row(rs.getLong("id"), rs.getLong("event_id"), rs.getInt("event_number"),
					rs.getObject("conviction_date", LocalDate.class), rs.getString("court"),
					SentenceKind.valueOf(rs.getString("kind")), SentenceStatus.valueOf(rs.getString("status")),
					rs.getObject("sentence_date", LocalDate.class), rs.getObject("start_date", LocalDate.class),
					rs.getObject("expected_end_date", LocalDate.class), rs.getInt("length_months"),
					rs.getObject("custodial_term_months", Integer.class), rs.getObject("release_date", LocalDate.class),
					rs.getObject("ended_on", LocalDate.class)))
			.list();
		if (rows.isEmpty()) {
			return List.of();
		}
		Long[] eventIds = rows.stream().map(Row::eventId).toArray(Long[]::new);
		Long[] sentenceIds = rows.stream().map(Row::id).toArray(Long[]::new);
		Map<Long, List<Offence>> offences = new HashMap<>();
		jdbc.sql("""
				select event_id, code, description, category, main, offence_date from sentences.offence
				where event_id = any(:events) order by main desc, offence_date, id
				""")
			.param("events", eventIds)
			.query((rs, n) -> Map.entry(rs.getLong("event_id"),
					new Offence(rs.getString("code"), rs.getString("description"),
							OffenceCategory.valueOf(rs.getString("category")), rs.getBoolean("main"),
							rs.getObject("offence_date", LocalDate.class))))
			.list()
			.forEach(e -> offences.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
		Map<Long, List<Requirement>> requirements = new HashMap<>();
		jdbc.sql("""
				select id, sentence_id, kind, amount_ordered, amount_done, status, start_date, end_date
				from sentences.requirement where sentence_id = any(:sentences) order by start_date, id
				""")
			.param("sentences", sentenceIds)
			.query((rs, n) -> Map.entry(rs.getLong("sentence_id"),
					new Requirement(rs.getLong("id"), RequirementKind.valueOf(rs.getString("kind")),
							rs.getObject("amount_ordered", Integer.class), rs.getInt("amount_done"),
							RequirementStatus.valueOf(rs.getString("status")),
							rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class))))
			.list()
			.forEach(e -> requirements.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
		return rows.stream()
			.map(r -> new Sentence(r.id(), personId, r.eventNumber(), r.convictionDate(), r.court(), r.kind(),
					r.status(), r.sentenceDate(), r.startDate(), r.expectedEnd(), r.length(), r.custodialTerm(),
					r.releaseDate(), r.endedOn(), offences.getOrDefault(r.eventId(), List.of()),
					requirements.getOrDefault(r.id(), List.of())))
			.toList();
	}

	/** The person's previous sanctions and the date of the first, if recorded. */
	public record SanctionHistory(int previousSanctions, @Nullable LocalDate firstSanctionDate) {
	}

	public java.util.Optional<SanctionHistory> sanctionHistory(long personId) {
		return jdbc
			.sql("select previous_sanctions, first_sanction_date from sentences.sanction_history "
					+ "where person_id = :p")
			.param("p", personId)
			.query((rs, n) -> new SanctionHistory(rs.getInt(1), rs.getObject(2, LocalDate.class)))
			.optional();
	}

	/**
	 * Records the date of the person's first sanction; false when they have no history
	 * row.
	 */
	public boolean recordFirstSanction(long personId, LocalDate on) {
		return jdbc.sql("update sentences.sanction_history set first_sanction_date = :on where person_id = :p")
			.param("on", on)
			.param("p", personId)
			.update() == 1;
	}

	/** The person a sentence is of. */
	public java.util.Optional<Long> personOf(long sentenceId) {
		return jdbc.sql("select person_id from sentences.sentence where id = :id")
			.param("id", sentenceId)
			.query(Long.class)
			.optional();
	}

	/**
	 * Ends an active sentence with its outcome; its active requirements complete with it
	 * or are terminated. False when it is not active (any more).
	 */
	public boolean end(long sentenceId, org.openprobation.sentences.SentenceStatus status, LocalDate on) {
		boolean ended = jdbc.sql("""
				update sentences.sentence set status = :status, ended_on = :on, version = version + 1
				where id = :id and status = 'ACTIVE'
				""").param("status", status.name()).param("on", on).param("id", sentenceId).update() == 1;
		if (ended) {
			jdbc.sql(
					"""
							update sentences.requirement set status = :status, end_date = greatest(start_date, least(end_date, :on)),
							    version = version + 1
							where sentence_id = :id and status = 'ACTIVE'
							""")
				.param("status",
						status == org.openprobation.sentences.SentenceStatus.COMPLETED ? "COMPLETED" : "TERMINATED")
				.param("on", on)
				.param("id", sentenceId)
				.update();
		}
		return ended;
	}

	/** Sentences ended in a period, by kind and outcome, for one provider or all. */
	public Map<String, Map<String, Integer>> endedBetween(@Nullable Long providerId, LocalDate from, LocalDate to) {
		Map<String, Map<String, Integer>> result = new HashMap<>();
		jdbc.sql(
				"""
						select s.kind, s.status, count(*) from sentences.sentence s join reporting.person p on p.id = s.person_id
						where s.status <> 'ACTIVE' and s.kind <> 'PRE_RELEASE' and s.ended_on between :from and :to
						"""
						+ " and " + ProviderCondition.of("p.provider_id", providerId) + " group by s.kind, s.status")
			.param("provider", providerId)
			.param("from", from)
			.param("to", to)
			.query((rs, n) -> result.computeIfAbsent(rs.getString(1), k -> new HashMap<>())
				.put(rs.getString(2), rs.getInt(3)))
			.list();
		return result;
	}

	public List<org.openprobation.sentences.Sentences.Ended> endingsBetween(@Nullable Long providerId, LocalDate from,
			LocalDate to) {
		return jdbc.sql("""
				select s.person_id, s.kind, s.status, s.ended_on from sentences.sentence s
				join reporting.person p on p.id = s.person_id
				where s.status <> 'ACTIVE' and s.kind <> 'PRE_RELEASE' and s.ended_on between :from and :to
				""" + " and " + ProviderCondition.of("p.provider_id", providerId))
			.param("provider", providerId)
			.param("from", from)
			.param("to", to)
			.query((rs, n) -> new org.openprobation.sentences.Sentences.Ended(rs.getLong("person_id"),
					org.openprobation.sentences.SentenceKind.valueOf(rs.getString("kind")),
					org.openprobation.sentences.SentenceStatus.valueOf(rs.getString("status")),
					rs.getObject("ended_on", LocalDate.class)))
			.list();
	}

	/** Active requirements of a kind on active sentences, by person. */
	public Map<Long, List<Requirement>> activeRequirements(java.util.Collection<Long> personIds, RequirementKind kind) {
		Map<Long, List<Requirement>> result = new HashMap<>();
		jdbc.sql("""
				select s.person_id, r.id, r.kind, r.amount_ordered, r.amount_done, r.status, r.start_date, r.end_date
				from sentences.requirement r join sentences.sentence s on s.id = r.sentence_id and s.status = 'ACTIVE'
				where s.person_id = any(:people) and r.kind = :kind and r.status = 'ACTIVE' order by r.start_date, r.id
				""")
			.param("people", personIds.toArray(Long[]::new))
			.param("kind", kind.name())
			.query((rs, n) -> Map.entry(rs.getLong("person_id"),
					new Requirement(rs.getLong("id"), RequirementKind.valueOf(rs.getString("kind")),
							rs.getObject("amount_ordered", Integer.class), rs.getInt("amount_done"),
							RequirementStatus.valueOf(rs.getString("status")),
							rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class))))
			.list()
			.forEach(e -> result.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
		return result;
	}

	public long record(long personId, org.openprobation.sentences.NewSentence n) {
		boolean convictedBefore = jdbc.sql("select exists (select 1 from sentences.event where person_id = :p)")
			.param("p", personId)
			.query(Boolean.class)
			.single();
		long eventId = jdbc
			.sql("""
					insert into sentences.event (person_id, event_number, conviction_date, court)
					values (:p, (select coalesce(max(event_number), 0) + 1 from sentences.event where person_id = :p), :date, :court)
					returning id
					""")
			.param("p", personId)
			.param("date", n.convictionDate())
			.param("court", n.court().strip())
			.query(Long.class)
			.single();
		jdbc.sql("""
				insert into sentences.offence (event_id, code, description, category, main, offence_date)
				values (:e, :code, :description, :category, true, :date)
				""")
			.param("e", eventId)
			.param("code", "RECORDED")
			.param("description", n.offence().strip())
			.param("category", n.offenceCategory().name())
			.param("date", n.offenceDate())
			.update();
		LocalDate start = n.sentenceDate();
		LocalDate end = start.plusMonths(n.lengthMonths()).minusDays(1);
		long sentenceId = jdbc.sql("""
				insert into sentences.sentence (event_id, person_id, kind, sentence_date, start_date, expected_end_date,
				    length_months, custodial_term_months, status)
				values (:e, :p, :kind, :date, :date, :end, :months, :custodial, 'ACTIVE')
				returning id
				""")
			.param("e", eventId)
			.param("p", personId)
			.param("kind", n.kind().name())
			.param("date", start)
			.param("end", end)
			.param("months", n.lengthMonths())
			.param("custodial", n.kind() == SentenceKind.PRE_RELEASE ? n.lengthMonths() : null)
			.query(Long.class)
			.single();
		for (org.openprobation.sentences.NewSentence.NewRequirement r : n.requirements()) {
			// unpaid work must be completed within 12 months
			LocalDate requirementEnd = r.kind() == RequirementKind.UNPAID_WORK
					&& end.isAfter(start.plusMonths(12).minusDays(1)) ? start.plusMonths(12).minusDays(1) : end;
			jdbc.sql(
					"""
							insert into sentences.requirement (sentence_id, kind, unit, amount_ordered, status, start_date, end_date)
							values (:s, :kind, :unit, :amount, 'ACTIVE', :start, :end)
							""")
				.param("s", sentenceId)
				.param("kind", r.kind().name())
				.param("unit", r.kind().unit().name())
				.param("amount", r.amount())
				.param("start", start)
				.param("end", requirementEnd)
				.update();
		}
		if (convictedBefore) {
			jdbc.sql(
					"""
							insert into sentences.sanction_history (person_id, previous_sanctions, first_sanction_date)
							values (:p, 1, (select min(conviction_date) from sentences.event where person_id = :p))
							on conflict (person_id) do update set previous_sanctions = sentences.sanction_history.previous_sanctions + 1,
							    first_sanction_date = coalesce(sentences.sanction_history.first_sanction_date, excluded.first_sanction_date)
							""")
				.param("p", personId)
				.update();
		}
		return sentenceId;
	}

	public java.util.Optional<LocalDate> custodyStart(long personId) {
		return jdbc
			.sql("""
					select start_date from sentences.sentence where person_id = :p and status = 'ACTIVE' and kind = 'PRE_RELEASE'
					order by start_date desc, id desc limit 1
					""")
			.param("p", personId)
			.query(LocalDate.class)
			.optional();
	}

	public java.util.Optional<Long> release(long personId, LocalDate releaseDate, LocalDate licenceEnds) {
		record Custody(long id, long eventId, LocalDate sentenceDate) {
		}
		java.util.Optional<Custody> custody = jdbc.sql("""
				select id, event_id, sentence_date from sentences.sentence
				where person_id = :p and status = 'ACTIVE' and kind = 'PRE_RELEASE'
				order by start_date desc, id desc limit 1 for update
				""")
			.param("p", personId)
			.query((rs, n) -> new Custody(rs.getLong("id"), rs.getLong("event_id"),
					rs.getObject("sentence_date", LocalDate.class)))
			.optional();
		if (custody.isEmpty()) {
			return java.util.Optional.empty();
		}
		jdbc.sql(
				"""
						update sentences.sentence set status = 'COMPLETED', ended_on = :on, release_date = :on, version = version + 1
						where id = :id
						""")
			.param("on", releaseDate)
			.param("id", custody.get().id())
			.update();
		int months = Math.max(1,
				(int) java.time.temporal.ChronoUnit.MONTHS.between(releaseDate, licenceEnds.plusDays(1)));
		return java.util.Optional.of(jdbc.sql("""
				insert into sentences.sentence (event_id, person_id, kind, sentence_date, start_date, expected_end_date,
				    length_months, release_date, status)
				values (:e, :p, 'LICENCE', :sentenced, :on, :end, :months, :on, 'ACTIVE')
				returning id
				""")
			.param("e", custody.get().eventId())
			.param("p", personId)
			.param("sentenced", custody.get().sentenceDate())
			.param("on", releaseDate)
			.param("end", licenceEnds)
			.param("months", months)
			.query(Long.class)
			.single());
	}

	public Map<Long, CurrentSentence> current(Collection<Long> personIds) {
		Map<Long, CurrentSentence> result = new LinkedHashMap<>();
		jdbc.sql("""
				select distinct on (person_id) person_id, kind, start_date, expected_end_date
				from sentences.sentence
				where status = 'ACTIVE' and person_id = any(:people)
				order by person_id, expected_end_date desc, id desc
				""")
			.param("people", personIds.toArray(Long[]::new))
			.query((rs, n) -> new CurrentSentence(rs.getLong("person_id"), SentenceKind.valueOf(rs.getString("kind")),
					rs.getObject("start_date", LocalDate.class), rs.getObject("expected_end_date", LocalDate.class)))
			.list()
			.forEach(c -> result.put(c.personId(), c));
		return result;
	}

	/**
	 * Scoring facts per person. The current conviction is the latest event with an active
	 * sentence; follow-up starts at release for custody and at sentence for community
	 * orders.
	 */
	public Map<Long, ScoringFacts> scoringFacts(Collection<Long> personIds, LocalDate asOf) {
		Long[] ids = personIds.toArray(Long[]::new);
		record Current(long personId, LocalDate conviction, @Nullable OffenceCategory offence, LocalDate riskDate) {
		}
		Map<Long, Current> current = new HashMap<>();
		jdbc.sql(
				"""
						select distinct on (s.person_id) s.person_id, e.conviction_date,
						       (select o.category from sentences.offence o where o.event_id = e.id order by o.main desc, o.id limit 1) as category,
						       case when s.kind in ('LICENCE', 'POST_SENTENCE_SUPERVISION') then coalesce(s.release_date, s.sentence_date)
						            else s.sentence_date end as risk_date
						from sentences.sentence s join sentences.event e on e.id = s.event_id
						where s.status = 'ACTIVE' and s.person_id = any(:ids)
						order by s.person_id, e.conviction_date desc, s.id desc
						""")
			.param("ids", ids)
			.query((rs, n) -> {
				String category = rs.getString("category");
				return new Current(rs.getLong("person_id"), rs.getObject("conviction_date", LocalDate.class),
						category == null ? null : OffenceCategory.valueOf(category),
						rs.getObject("risk_date", LocalDate.class));
			})
			.list()
			.forEach(c -> current.put(c.personId(), c));
		Map<Long, List<ScoringFacts.CurrentOrder>> orders = new HashMap<>();
		jdbc.sql("""
				select s.person_id, s.id, s.kind,
				       coalesce(array_agg(r.kind) filter (where r.status = 'ACTIVE'), '{}') as requirements
				from sentences.sentence s left join sentences.requirement r on r.sentence_id = s.id
				where s.status = 'ACTIVE' and s.person_id = any(:ids)
				  and (s.expected_end_date is null or s.expected_end_date >= :asOf)
				group by s.person_id, s.id, s.kind
				""").param("ids", ids).param("asOf", asOf).query((rs, n) -> {
			java.util.Set<RequirementKind> kinds = java.util.EnumSet.noneOf(RequirementKind.class);
			for (String k : (String[]) rs.getArray("requirements").getArray()) {
				kinds.add(RequirementKind.valueOf(k));
			}
			return Map.entry(rs.getLong("person_id"),
					new ScoringFacts.CurrentOrder(SentenceKind.valueOf(rs.getString("kind")), kinds));
		}).list().forEach(e -> orders.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
		record History(int previous, @Nullable LocalDate first) {
		}
		Map<Long, History> histories = new HashMap<>();
		jdbc.sql(
				"select person_id, previous_sanctions, first_sanction_date from sentences.sanction_history where person_id = any(:ids)")
			.param("ids", ids)
			.query((rs, n) -> Map.entry(rs.getLong("person_id"),
					new History(rs.getInt("previous_sanctions"), rs.getObject("first_sanction_date", LocalDate.class))))
			.list()
			.forEach(e -> histories.put(e.getKey(), e.getValue()));
		Map<Long, ScoringFacts> facts = new HashMap<>();
		for (Long id : personIds) {
			Current c = current.get(id);
			History h = histories.getOrDefault(id, new History(0, null));
			facts.put(id, new ScoringFacts(id, c == null ? null : c.conviction(), c == null ? null : c.offence(),
					c == null ? null : c.riskDate(), h.previous(), h.first(), orders.getOrDefault(id, List.of())));
		}
		return facts;
	}

	public long peopleUnderSupervision(@Nullable Long providerScope) {
		return jdbc.sql("""
				select count(*) from reporting.person_under_supervision
				where %s
				""".formatted(ProviderCondition.of("provider_id", providerScope)))
			.param("provider", providerScope)
			.query(Long.class)
			.single();
	}

	/** The changes recorded to these requirements, oldest first. */
	public List<org.openprobation.sentences.RequirementChange> changesOf(java.util.Collection<Long> requirementIds) {
		if (requirementIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select requirement_id, change, changed_on, reason, amount_before, amount_after, end_before, end_after,
				       enforcement_action_id, recorded_by, recorded_at
				from sentences.requirement_change where requirement_id = any(:ids) order by changed_on, id
				""")
			.param("ids", requirementIds.toArray(Long[]::new))
			.query((rs, n) -> new org.openprobation.sentences.RequirementChange(rs.getLong("requirement_id"),
					org.openprobation.sentences.RequirementChange.Kind.valueOf(rs.getString("change")),
					rs.getObject("changed_on", LocalDate.class), rs.getString("reason"),
					rs.getObject("amount_before", Integer.class), rs.getObject("amount_after", Integer.class),
					rs.getObject("end_before", LocalDate.class), rs.getObject("end_after", LocalDate.class),
					rs.getObject("enforcement_action_id", Long.class), rs.getString("recorded_by"),
					rs.getTimestamp("recorded_at").toInstant()))
			.list();
	}

	/**
	 * Ends (completed, terminated) or varies a requirement in force, if it is still as it
	 * was read (amount and end date); false when it changed meanwhile.
	 */
	public boolean change(Requirement read, org.openprobation.sentences.RequirementChange.Kind change, LocalDate on,
			@Nullable Integer newAmount, @Nullable LocalDate newEnd, @Nullable String reason, String by) {
		boolean ending = change != org.openprobation.sentences.RequirementChange.Kind.VARIED;
		Integer amountAfter = ending || newAmount == null ? read.amountOrdered() : newAmount;
		LocalDate endAfter = ending ? (on.isBefore(read.endDate()) ? on : read.endDate())
				: newEnd == null ? read.endDate() : newEnd;
		boolean changed = jdbc.sql("""
				update sentences.requirement set status = :status, amount_ordered = :amount, end_date = :end,
				    version = version + 1
				where id = :id and status = 'ACTIVE' and amount_ordered is not distinct from :amountBefore
				  and end_date = :endBefore
				""")
			.param("status", ending ? change.name() : "ACTIVE")
			.param("amount", amountAfter)
			.param("end", endAfter)
			.param("id", read.id())
			.param("amountBefore", read.amountOrdered())
			.param("endBefore", read.endDate())
			.update() == 1;
		if (changed) {
			recordChange(read.id(), change, on, reason, read.amountOrdered(), amountAfter, read.endDate(), endAfter,
					null, by);
		}
		return changed;
	}

	/** Adds a requirement to an order; answers its id. */
	public long add(long sentenceId, org.openprobation.sentences.AddedRequirement added, @Nullable Long breachActionId,
			String by) {
		RequirementKind kind = java.util.Objects.requireNonNull(added.kind());
		long id = jdbc
			.sql("""
					insert into sentences.requirement (sentence_id, kind, unit, amount_ordered, status, start_date, end_date)
					values (:s, :kind, :unit, :amount, 'ACTIVE', :start, :end)
					returning id
					""")
			.param("s", sentenceId)
			.param("kind", kind.name())
			.param("unit", kind.unit().name())
			.param("amount", added.amount())
			.param("start", added.start())
			.param("end", added.end())
			.query(Long.class)
			.single();
		recordChange(id, org.openprobation.sentences.RequirementChange.Kind.ADDED,
				java.util.Objects.requireNonNull(added.start()), added.reason(), null, added.amount(), null,
				added.end(), breachActionId, by);
		return id;
	}

	private void recordChange(long requirementId, org.openprobation.sentences.RequirementChange.Kind change,
			LocalDate on, @Nullable String reason, @Nullable Integer amountBefore, @Nullable Integer amountAfter,
			@Nullable LocalDate endBefore, @Nullable LocalDate endAfter, @Nullable Long breachActionId, String by) {
		jdbc.sql("""
				insert into sentences.requirement_change (requirement_id, change, changed_on, reason, amount_before,
				    amount_after, end_before, end_after, enforcement_action_id, recorded_by)
				values (:r, :change, :on, :reason, :amountBefore, :amountAfter, :endBefore, :endAfter, :action, :by)
				""")
			.param("r", requirementId)
			.param("change", change.name())
			.param("on", on)
			.param("reason", reason == null || reason.isBlank() ? null : reason.strip())
			.param("amountBefore", amountBefore)
			.param("amountAfter", amountAfter)
			.param("endBefore", endBefore)
			.param("endAfter", endAfter)
			.param("action", breachActionId)
			.param("by", by)
			.update();
	}

}
