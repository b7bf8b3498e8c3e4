package org.openprobation.inspection.persistence;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.openprobation.inspection.Inspection;
import org.openprobation.people.Ethnicity;
import org.openprobation.people.Gender;
import org.openprobation.shared.ProviderCondition;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Inspections, their samples, answers, judgements and recommendations. */
@Repository
public class InspectionRepository {

	private static final String SELECT = """
			select id, provider_id, kind, framework, method, title, fieldwork_on, window_from, window_to, confidence,
			       margin, population, computed_size, requested_size, size_reason, buffer_percent, minimum_women,
			       minimum_minority, seed, short_by, excluded_unallocated, created_by, created_at
			from inspection.inspection
			""";

	private final JdbcClient jdbc;

	InspectionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** An eligible case as the sampling frame gives it. */
	public record FrameRow(long personId, String crn, Gender gender, Ethnicity ethnicity, long sentenceId,
			String sentenceKind, boolean onLicence, LocalDate startedOn, long staffId, long officeId, String officeName,
			long areaId, String areaName, boolean roshMediumOrAbove) {
	}

	/**
	 * The eligible cases of a provider: started in the window and not after today, not
	 * restricted, one per person (the earliest start), with a responsible officer.
	 */
	public List<FrameRow> frame(long providerId, LocalDate from, LocalDate to, LocalDate today) {
		return jdbc.sql("""
				select distinct on (person_id) person_id, crn, gender, ethnicity, sentence_id, sentence_kind,
				       sentence_kind = 'LICENCE' as on_licence, started_on,
				       staff_id, office_id, office_name, area_id, area_name, rosh_medium_or_above
				from reporting.sampling_frame
				where provider_id = :provider and not restricted and started_on between :from and :to
				  and started_on <= :today and staff_id is not null and area_id is not null
				order by person_id, started_on, sentence_id
				""")
			.param("provider", providerId)
			.param("from", from)
			.param("to", to)
			.param("today", today)
			.query(FrameRow.class)
			.list();
	}

	/**
	 * Eligible people who have no responsible officer (left out: no one to interview).
	 */
	public int unallocated(long providerId, LocalDate from, LocalDate to, LocalDate today) {
		return jdbc.sql("""
				select count(distinct f.person_id) from reporting.sampling_frame f
				where f.provider_id = :provider and not f.restricted and f.started_on between :from and :to
				  and f.started_on <= :today and f.staff_id is null
				""")
			.param("provider", providerId)
			.param("from", from)
			.param("to", to)
			.param("today", today)
			.query(Integer.class)
			.single();
	}

	public long insert(Inspection i) {
		return jdbc
			.sql("""
					insert into inspection.inspection (provider_id, kind, framework, method, title, fieldwork_on, window_from,
					    window_to, confidence, margin, population, computed_size, requested_size, size_reason, buffer_percent,
					    minimum_women, minimum_minority, seed, short_by, excluded_unallocated, created_by)
					values (:provider, :kind, :framework, :method, :title, :fieldwork, :from, :to, :confidence, :margin,
					    :population, :computed, :requested, :reason, :buffer, :women, :minority, :seed, :short, :unallocated, :by)
					returning id
					""")
			.param("provider", i.providerId())
			.param("kind", i.kind())
			.param("framework", i.framework())
			.param("method", i.method())
			.param("title", i.title())
			.param("fieldwork", i.fieldworkOn())
			.param("from", i.windowFrom())
			.param("to", i.windowTo())
			.param("confidence", i.confidence())
			.param("margin", i.margin())
			.param("population", i.population())
			.param("computed", i.computedSize())
			.param("requested", i.requestedSize())
			.param("reason", i.sizeReason())
			.param("buffer", i.bufferPercent())
			.param("women", i.minimumWomen())
			.param("minority", i.minimumMinority())
			.param("seed", i.seed())
			.param("short", i.shortBy())
			.param("unallocated", i.excludedUnallocated())
			.param("by", i.createdBy())
			.query(Long.class)
			.single();
	}

	public void insertStratum(long inspectionId, int position, String name, int population, double proportional,
			int sampled, int reserves) {
		jdbc.sql(
				"""
						insert into inspection.stratum (inspection_id, position, name, population, proportional, sampled, reserves)
						values (:id, :position, :name, :population, :proportional, :sampled, :reserves)
						""")
			.param("id", inspectionId)
			.param("position", position)
			.param("name", name)
			.param("population", population)
			.param("proportional", BigDecimal.valueOf(proportional).setScale(3, java.math.RoundingMode.HALF_UP))
			.param("sampled", sampled)
			.param("reserves", reserves)
			.update();
	}

	public void insertCase(long inspectionId, FrameRow row, String stratum, int pick, boolean reserve) {
		jdbc.sql(
				"""
						insert into inspection.sample_case (inspection_id, person_id, crn, sentence_id, sentence_kind, started_on,
						    stratum, area_id, office_id, staff_id, pick, reserve)
						values (:id, :person, :crn, :sentence, :kind, :started, :stratum, :area, :office, :staff, :pick, :reserve)
						""")
			.param("id", inspectionId)
			.param("person", row.personId())
			.param("crn", row.crn())
			.param("sentence", row.sentenceId())
			.param("kind", row.sentenceKind())
			.param("started", row.startedOn())
			.param("stratum", stratum)
			.param("area", row.areaId())
			.param("office", row.officeId())
			.param("staff", row.staffId())
			.param("pick", pick)
			.param("reserve", reserve)
			.update();
	}

	public void insertStep(long inspectionId, int position, String step) {
		jdbc.sql(
				"insert into inspection.allocation_step (inspection_id, position, step) values (:id, :position, :step)")
			.param("id", inspectionId)
			.param("position", position)
			.param("step", step)
			.update();
	}

	public Optional<Inspection> find(long id) {
		return jdbc.sql(SELECT + " where id = :id").param("id", id).query(InspectionRepository::inspection).optional();
	}

	public List<Inspection> list(@Nullable Long providerId) {
		return jdbc
			.sql(SELECT + " where " + ProviderCondition.of("provider_id", providerId)
					+ " order by created_at desc, id desc")
			.param("provider", providerId)
			.query(InspectionRepository::inspection)
			.list();
	}

	public record StratumRow(String name, int population, BigDecimal proportional, int sampled, int reserves) {
	}

	public List<StratumRow> strata(long inspectionId) {
		return jdbc.sql("""
				select name, population, proportional, sampled, reserves from inspection.stratum
				where inspection_id = :id order by position
				""").param("id", inspectionId).query(StratumRow.class).list();
	}

	public List<String> trail(long inspectionId) {
		return jdbc.sql("select step from inspection.allocation_step where inspection_id = :id order by position")
			.param("id", inspectionId)
			.query(String.class)
			.list();
	}

	public record CaseRow(long personId, String crn, String sentenceKind, LocalDate startedOn, String stratum,
			@Nullable Long areaId, @Nullable Long officeId, long staffId, int pick, boolean reserve,
			@Nullable String inspector, @Nullable String moderator, int answered, int moderated, boolean interviewed) {
	}

	private static final String CASES = """
			select c.person_id, c.crn, c.sentence_kind, c.started_on, c.stratum, c.area_id, c.office_id, c.staff_id,
			       c.pick, c.reserve, c.inspector, c.moderator,
			       (select count(*) from inspection.answer a where a.inspection_id = c.inspection_id
			          and a.person_id = c.person_id and not a.moderation) as answered,
			       (select count(*) from inspection.answer a where a.inspection_id = c.inspection_id
			          and a.person_id = c.person_id and a.moderation) as moderated,
			       exists (select 1 from inspection.interview i where i.inspection_id = c.inspection_id
			          and i.person_id = c.person_id) as interviewed
			from inspection.sample_case c where c.inspection_id = :id
			""";

	public List<CaseRow> cases(long inspectionId) {
		return jdbc.sql(CASES + " order by c.reserve, c.pick").param("id", inspectionId).query(CaseRow.class).list();
	}

	/** One case of a sample, without reading the rest. */
	public Optional<CaseRow> sampleCase(long inspectionId, String crn) {
		return jdbc.sql(CASES + " and c.crn = :crn")
			.param("id", inspectionId)
			.param("crn", crn)
			.query(CaseRow.class)
			.optional();
	}

	public record AnswerRow(long personId, String question, boolean moderation, String answer, @Nullable String note,
			String answeredBy, boolean practiceExample) {
	}

	public List<AnswerRow> answers(long inspectionId) {
		return jdbc
			.sql("""
					select person_id, question, moderation, answer, note, answered_by, practice_example from inspection.answer
					where inspection_id = :id order by person_id, question, moderation
					""")
			.param("id", inspectionId)
			.query(AnswerRow.class)
			.list();
	}

	public void saveAnswer(long inspectionId, long personId, String question, boolean moderation, String answer,
			@Nullable String note, boolean practiceExample, String by) {
		jdbc.sql(
				"""
						insert into inspection.answer (inspection_id, person_id, question, moderation, answer, note, answered_by,
						    practice_example)
						values (:id, :person, :question, :moderation, :answer, :note, :by, :example)
						on conflict (inspection_id, person_id, question, moderation)
						do update set answer = excluded.answer, note = excluded.note, answered_by = excluded.answered_by,
						    answered_at = now(), practice_example = excluded.practice_example
						""")
			.param("example", practiceExample)
			.param("id", inspectionId)
			.param("person", personId)
			.param("question", question)
			.param("moderation", moderation)
			.param("answer", answer)
			.param("note", note)
			.param("by", by)
			.update();
	}

	public void assign(long inspectionId, long personId, @Nullable String inspector, @Nullable String moderator) {
		jdbc.sql("""
				update inspection.sample_case set inspector = coalesce(:inspector, inspector),
				    moderator = coalesce(:moderator, moderator)
				where inspection_id = :id and person_id = :person
				""")
			.param("id", inspectionId)
			.param("person", personId)
			.param("inspector", inspector)
			.param("moderator", moderator)
			.update();
	}

	/**
	 * Deals a case to an inspector and, when double-marked, a moderator (replacing any
	 * earlier deal).
	 */
	public void deal(long inspectionId, long personId, String inspector, @Nullable String moderator) {
		jdbc.sql("""
				update inspection.sample_case set inspector = :inspector, moderator = :moderator
				where inspection_id = :id and person_id = :person
				""")
			.param("id", inspectionId)
			.param("person", personId)
			.param("inspector", inspector)
			.param("moderator", moderator)
			.update();
	}

	/** Swaps a reserve into the sample in place of a case that cannot be inspected. */
	public void swap(long inspectionId, long outPersonId, long inPersonId) {
		jdbc.sql("update inspection.sample_case set reserve = true where inspection_id = :id and person_id = :person")
			.param("id", inspectionId)
			.param("person", outPersonId)
			.update();
		jdbc.sql("update inspection.sample_case set reserve = false where inspection_id = :id and person_id = :person")
			.param("id", inspectionId)
			.param("person", inPersonId)
			.update();
	}

	public record InterviewRow(LocalDate heldOn, String note, String recordedBy) {
	}

	public Optional<InterviewRow> interview(long inspectionId, long personId) {
		return jdbc
			.sql("""
					select held_on, note, recorded_by from inspection.interview where inspection_id = :id and person_id = :person
					""")
			.param("id", inspectionId)
			.param("person", personId)
			.query(InterviewRow.class)
			.optional();
	}

	public void saveInterview(long inspectionId, long personId, LocalDate heldOn, String note, String by) {
		jdbc.sql("""
				insert into inspection.interview (inspection_id, person_id, held_on, note, recorded_by)
				values (:id, :person, :held, :note, :by)
				on conflict (inspection_id, person_id)
				do update set held_on = excluded.held_on, note = excluded.note, recorded_by = excluded.recorded_by,
				    recorded_at = now()
				""")
			.param("id", inspectionId)
			.param("person", personId)
			.param("held", heldOn)
			.param("note", note)
			.param("by", by)
			.update();
	}

	public record JudgementRow(String standard, @Nullable String rating, @Nullable String rationale,
			@Nullable String counts, String recordedBy) {
	}

	public List<JudgementRow> judgements(long inspectionId) {
		return jdbc.sql("""
				select standard, rating, rationale, counts, recorded_by from inspection.judgement
				where inspection_id = :id order by standard
				""").param("id", inspectionId).query(JudgementRow.class).list();
	}

	public void saveJudgement(long inspectionId, String standard, @Nullable String rating, @Nullable String rationale,
			@Nullable String counts, String by) {
		jdbc.sql("""
				insert into inspection.judgement (inspection_id, standard, rating, rationale, counts, recorded_by)
				values (:id, :standard, :rating, :rationale, :counts, :by)
				on conflict (inspection_id, standard)
				do update set rating = excluded.rating, rationale = excluded.rationale, counts = excluded.counts,
				    recorded_by = excluded.recorded_by, recorded_at = now()
				""")
			.param("id", inspectionId)
			.param("standard", standard)
			.param("rating", rating)
			.param("rationale", rationale)
			.param("counts", counts)
			.param("by", by)
			.update();
	}

	public record RecommendationRow(long id, long inspectionId, String text, String owner, @Nullable String action,
			@Nullable LocalDate dueOn, String progress, @Nullable String progressNote, @Nullable Long carriedFrom,
			int version) {
	}

	public List<RecommendationRow> recommendations(long inspectionId) {
		return jdbc.sql("""
				select id, inspection_id, text, owner, action, due_on, progress, progress_note, carried_from, version
				from inspection.recommendation where inspection_id = :id order by id
				""").param("id", inspectionId).query(RecommendationRow.class).list();
	}

	/** Recommendations of the provider's earlier inspections not yet done. */
	public List<RecommendationRow> openRecommendationsBefore(long providerId, long inspectionId) {
		return jdbc.sql("""
				select r.id, r.inspection_id, r.text, r.owner, r.action, r.due_on, r.progress, r.progress_note,
				       r.carried_from, r.version
				from inspection.recommendation r join inspection.inspection i on i.id = r.inspection_id
				where i.provider_id = :provider and i.id < :id and r.progress <> 'DONE'
				  and not exists (select 1 from inspection.recommendation later where later.carried_from = r.id)
				order by r.id
				""").param("provider", providerId).param("id", inspectionId).query(RecommendationRow.class).list();
	}

	public long addRecommendation(long inspectionId, String text, String owner, @Nullable String action,
			@Nullable LocalDate dueOn, @Nullable Long carriedFrom, String by) {
		return jdbc
			.sql("""
					insert into inspection.recommendation (inspection_id, text, owner, action, due_on, carried_from, updated_by)
					values (:id, :text, :owner, :action, :due, :carried, :by) returning id
					""")
			.param("id", inspectionId)
			.param("text", text)
			.param("owner", owner)
			.param("action", action)
			.param("due", dueOn)
			.param("carried", carriedFrom)
			.param("by", by)
			.query(Long.class)
			.single();
	}

	/**
	 * @return false when the version is stale (changed by someone else meanwhile)
	 */
	public boolean updateProgress(long inspectionId, long id, int version, String progress, @Nullable String note,
			@Nullable String action, @Nullable LocalDate dueOn, String by) {
		return jdbc.sql("""
				update inspection.recommendation set progress = :progress, progress_note = :note,
				    action = coalesce(:action, action), due_on = coalesce(:due, due_on), updated_by = :by,
				    updated_at = now(), version = version + 1
				where id = :rid and inspection_id = :id and version = :version
				""")
			.param("progress", progress)
			.param("note", note)
			.param("action", action)
			.param("due", dueOn)
			.param("by", by)
			.param("rid", id)
			.param("id", inspectionId)
			.param("version", version)
			.update() == 1;
	}

	public record OverrideRow(long id, String standard, @Nullable String fromRating, String toRating, String reason,
			String overriddenBy, java.time.Instant overriddenAt) {
	}

	public List<OverrideRow> overrides(long inspectionId) {
		return jdbc
			.sql("""
					select id, standard, from_rating, to_rating, reason, overridden_by, overridden_at from inspection.override
					where inspection_id = :id order by id
					""")
			.param("id", inspectionId)
			.query((rs, n) -> new OverrideRow(rs.getLong("id"), rs.getString("standard"), rs.getString("from_rating"),
					rs.getString("to_rating"), rs.getString("reason"), rs.getString("overridden_by"),
					rs.getTimestamp("overridden_at").toInstant()))
			.list();
	}

	public void addOverride(long inspectionId, String standard, @Nullable String fromRating, String toRating,
			String reason, String by) {
		jdbc.sql("""
				insert into inspection.override (inspection_id, standard, from_rating, to_rating, reason, overridden_by)
				values (:id, :standard, :from, :to, :reason, :by)
				""")
			.param("id", inspectionId)
			.param("standard", standard)
			.param("from", fromRating)
			.param("to", toRating)
			.param("reason", reason)
			.param("by", by)
			.update();
	}

	/**
	 * A case's contacts between two dates, from the {@code reporting.case_contacts} view.
	 */
	public record ContactCounts(long kept, long absentAcceptable, long absentUnacceptable, long awaiting,
			long homeVisits) {
	}

	public ContactCounts contactCounts(long personId, LocalDate from, LocalDate to) {
		return jdbc
			.sql("""
					select count(*) filter (where kept) as kept, count(*) filter (where absent_acceptable) as absent_acceptable,
					       count(*) filter (where absent_unacceptable) as absent_unacceptable,
					       count(*) filter (where awaiting_outcome) as awaiting,
					       count(*) filter (where type = 'HOME_VISIT' and kept) as home_visits
					from reporting.case_contacts where person_id = :person and contact_on >= :from and contact_on <= :to
					""")
			.param("person", personId)
			.param("from", from)
			.param("to", to)
			.query(ContactCounts.class)
			.single();
	}

	private static Inspection inspection(ResultSet rs, int row) throws SQLException {
		return new Inspection(rs.getLong("id"), rs.getLong("provider_id"), rs.getString("kind"),
				rs.getString("framework"), rs.getString("method"), rs.getString("title"),
				rs.getObject("fieldwork_on", LocalDate.class), rs.getObject("window_from", LocalDate.class),
				rs.getObject("window_to", LocalDate.class), rs.getBigDecimal("confidence"), rs.getBigDecimal("margin"),
				rs.getInt("population"), rs.getInt("computed_size"), rs.getInt("requested_size"),
				rs.getString("size_reason"), rs.getInt("buffer_percent"), rs.getInt("minimum_women"),
				rs.getInt("minimum_minority"), rs.getLong("seed"), rs.getInt("short_by"),
				rs.getInt("excluded_unallocated"), rs.getString("created_by"),
				rs.getTimestamp("created_at").toInstant());
	}

}
