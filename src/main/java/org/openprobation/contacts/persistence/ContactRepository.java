package org.openprobation.contacts.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.openprobation.contacts.Contact;
import org.openprobation.contacts.ContactType;
import org.openprobation.contacts.Outcome;
import org.openprobation.contacts.TestResult;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class ContactRepository {

	private static final String SELECT = """
			select id, person_id, staff_id, type, starts_at, ends_at, location, requirement_id, rar, purpose, outcome,
			       outcome_reason, outcome_evidence, outcome_recorded_by, override_reason, booked_by, version,
			       test_result, substances
			from contacts.contact
			""";

	/**
	 * Outcomes in which the person attended ({@link Outcome#attended}), as an SQL list.
	 */
	static final String ATTENDED = sqlList(Arrays.stream(Outcome.values()).filter(Outcome::attended));

	/**
	 * A contact that counts towards the standard, as SQL made from
	 * {@link ContactType#counts} and {@link Outcome#attended}, so that the rule has one
	 * home. Written out, not bound, so that the planner matches it to the partial index
	 * {@code contact_counting_idx} (ContactCountingSqlTest checks that the index has this
	 * predicate).
	 */
	static final String COUNTING = "outcome in (" + ATTENDED + ") and type in ("
			+ sqlList(Arrays.stream(ContactType.values()).filter(ContactType::counts)) + ")";

	private static String sqlList(java.util.stream.Stream<? extends Enum<?>> values) {
		return values.map(v -> "'" + v.name() + "'").collect(java.util.stream.Collectors.joining(", "));
	}

	private final JdbcClient jdbc;

	ContactRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public record NewContact(long personId, @Nullable Long staffId, ContactType type, LocalDateTime start,
			LocalDateTime end, @Nullable String location, @Nullable Long requirementId, boolean rar,
			@Nullable String purpose, @Nullable String overrideReason, String bookedBy) {
	}

	public long insert(NewContact c) {
		return jdbc
			.sql("""
					insert into contacts.contact (person_id, staff_id, type, starts_at, ends_at, location, requirement_id, rar,
					    purpose, override_reason, booked_by)
					values (:person, :staff, :type, :start, :end, :location, :requirement, :rar, :purpose, :override, :by)
					returning id
					""")
			.param("person", c.personId())
			.param("staff", c.staffId())
			.param("type", c.type().name())
			.param("start", c.start())
			.param("end", c.end())
			.param("location", c.location())
			.param("requirement", c.requirementId())
			.param("rar", c.rar())
			.param("purpose", c.purpose())
			.param("override", c.overrideReason())
			.param("by", c.bookedBy())
			.query(Long.class)
			.single();
	}

	public Optional<Contact> find(long id) {
		return jdbc.sql(SELECT + " where id = :id").param("id", id).query(ContactRepository::contact).optional();
	}

	/** Contacts by id, in order of their start. */
	public List<Contact> findAll(Collection<Long> ids) {
		return jdbc.sql(SELECT + " where id = any(:ids) order by starts_at, id")
			.param("ids", ids.toArray(Long[]::new))
			.query(ContactRepository::contact)
			.list();
	}

	/**
	 * Bookings of the person, or of the officer, that overlap a period and still hold the
	 * time (not rescheduled or cancelled).
	 */
	public List<Contact> overlapping(long personId, @Nullable Long staffId, LocalDateTime start, LocalDateTime end) {
		String whose = staffId == null ? "person_id = :person" : "(person_id = :person or staff_id = :staff)";
		return jdbc.sql(SELECT + " where " + whose + """
				   and starts_at > :earliest and starts_at < :end and ends_at > :start
				   and (outcome is null or outcome not in ('RESCHEDULED', 'CANCELLED_BY_SERVICE'))
				order by starts_at
				""")
			.param("person", personId)
			.param("staff", staffId)
			.param("earliest", earliestOverlapping(start))
			.param("start", start)
			.param("end", end)
			.query(ContactRepository::contact)
			.list();
	}

	/** Records the outcome once; false when one was already recorded (by anyone). */
	public boolean recordOutcome(long id, Outcome outcome, @Nullable String reason, @Nullable String evidence,
			String by) {
		return recordOutcome(id, outcome, reason, evidence, null, null, by);
	}

	/** The same, with a drug test's result. */
	public boolean recordOutcome(long id, Outcome outcome, @Nullable String reason, @Nullable String evidence,
			@Nullable TestResult testResult, @Nullable String substances, String by) {
		return jdbc.sql("""
				update contacts.contact set outcome = :outcome, outcome_reason = :reason, outcome_evidence = :evidence,
				    test_result = :result, substances = :substances,
				    outcome_recorded_by = :by, outcome_recorded_at = now(), version = version + 1
				where id = :id and outcome is null
				""")
			.param("outcome", outcome.name())
			.param("result", testResult == null ? null : testResult.name())
			.param("substances", substances)
			.param("reason", reason)
			.param("evidence", evidence)
			.param("by", by)
			.param("id", id)
			.update() == 1;
	}

	/**
	 * Which contacts of a case: of a type, with an outcome, awaiting one, or whose note
	 * has the words (in a note the reader may read: {@code sensitive} whether they read
	 * the case's sensitive notes, {@code reader} their username, for their own).
	 */
	public record Filter(@Nullable ContactType type, @Nullable Outcome outcome, boolean awaitingOutcome,
			@Nullable String words, boolean sensitive, String reader) {

		public Filter(@Nullable ContactType type, @Nullable Outcome outcome, boolean awaitingOutcome) {
			this(type, outcome, awaitingOutcome, null, false, "");
		}

	}

	private static final String FILTERED = """
			and (:type::text is null or type = :type)
			and (:outcome::text is null or outcome = :outcome)
			and (not :awaiting or (outcome is null and starts_at < localtimestamp))
			and (:words::text is null or exists (select 1 from contacts.note n where n.contact_id = contact.id
			     and """ + NoteRepository.READABLE + " and " + NoteRepository.MATCHES + "))\n";

	private static JdbcClient.StatementSpec filtered(JdbcClient.StatementSpec statement, Filter filter) {
		return statement.param("type", filter.type() == null ? null : filter.type().name())
			.param("outcome", filter.outcome() == null ? null : filter.outcome().name())
			.param("awaiting", filter.awaitingOutcome())
			.param("words", filter.words())
			.param("sensitive", filter.sensitive())
			.param("reader", filter.reader());
	}

	public List<Contact> history(long personId, Filter filter, int offset, int limit) {
		return filtered(jdbc.sql(SELECT + " where person_id = :person\n" + FILTERED
				+ " order by starts_at desc, id desc offset :offset limit :limit"), filter)
			.param("person", personId)
			.param("offset", offset)
			.param("limit", limit)
			.query(ContactRepository::contact)
			.list();
	}

	public long countHistory(long personId, Filter filter) {
		return filtered(jdbc.sql("select count(*) from contacts.contact where person_id = :person\n" + FILTERED),
				filter)
			.param("person", personId)
			.query(Long.class)
			.single();
	}

	/**
	 * The earliest start of a contact that can overlap a period starting then: a contact
	 * lasts less than a day (the database holds every contact to it).
	 */
	static LocalDateTime earliestOverlapping(LocalDateTime start) {
		return start.minusDays(1);
	}

	/** An officer's bookings in a period, in time order. */
	public List<Contact> diary(long staffId, LocalDateTime from, LocalDateTime to) {
		return jdbc.sql(SELECT + """
				 where staff_id = :staff and starts_at > :earliest and starts_at < :to and ends_at > :from
				order by starts_at, id
				""")
			.param("staff", staffId)
			.param("earliest", earliestOverlapping(from))
			.param("from", from)
			.param("to", to)
			.query(ContactRepository::contact)
			.list();
	}

	/**
	 * Bookings of many people that hold their time in a window (not cancelled or
	 * rescheduled).
	 */
	public List<Contact> holdingTime(Collection<Long> personIds, LocalDateTime from, LocalDateTime to) {
		return jdbc.sql(SELECT + """
				 where person_id = any(:people) and starts_at > :earliest and starts_at < :to and ends_at > :from
				   and (outcome is null or outcome not in ('RESCHEDULED', 'CANCELLED_BY_SERVICE'))
				order by starts_at
				""")
			.param("people", personIds.toArray(Long[]::new))
			.param("earliest", earliestOverlapping(from))
			.param("from", from)
			.param("to", to)
			.query(ContactRepository::contact)
			.list();
	}

	/**
	 * Each person's next booking from a moment on that is still to happen (no outcome
	 * yet), in one query.
	 */
	public Map<Long, Contact> nextBooked(Collection<Long> personIds, LocalDateTime from) {
		Map<Long, Contact> result = new HashMap<>();
		jdbc.sql("select n.* from unnest(:ids) as p(id) cross join lateral (" + SELECT
				+ " where person_id = p.id and outcome is null and starts_at >= :from order by starts_at limit 1) n")
			.param("ids", personIds.toArray(Long[]::new))
			.param("from", from)
			.query(ContactRepository::contact)
			.list()
			.forEach(c -> result.put(c.personId(), c));
		return result;
	}

	/** Each person's last contact that counts towards the standard, up to a moment. */
	public Map<Long, LocalDate> lastCountingContact(Collection<Long> personIds, LocalDateTime upTo) {
		Map<Long, LocalDate> result = new HashMap<>();
		jdbc.sql(
				"""
						select p.id, (select max(c.starts_at) from contacts.contact c where c.person_id = p.id and c.starts_at <= :upTo
						              and %s) as last
						from unnest(:ids) as p(id)
						"""
					.formatted(COUNTING))
			.param("ids", personIds.toArray(Long[]::new))
			.param("upTo", upTo)
			.query((rs, n) -> {
				java.sql.Timestamp last = rs.getTimestamp("last");
				return last == null ? null : Map.entry(rs.getLong("id"), last.toLocalDateTime().toLocalDate());
			})
			.list()
			.stream()
			.filter(java.util.Objects::nonNull)
			.forEach(e -> result.put(e.getKey(), e.getValue()));
		return result;
	}

	/** The last contact that counts of every person who has one, up to a moment. */
	public Map<Long, LocalDate> lastCountingContactOfAll(LocalDateTime upTo) {
		Map<Long, LocalDate> result = new HashMap<>(40_000);
		jdbc.sql("select person_id, max(starts_at)::date as last from contacts.contact where " + COUNTING
				+ " and starts_at <= :upTo group by person_id")
			.param("upTo", upTo)
			.query((rs, n) -> {
				result.put(rs.getLong(1), rs.getObject(2, LocalDate.class));
				return null;
			})
			.list();
		return result;
	}

	/**
	 * Dates of enforceable failures (unacceptable absences, failures to comply) since a
	 * date.
	 */
	public List<LocalDate> enforceableFailures(long personId, LocalDate since) {
		return jdbc.sql("""
				select starts_at::date from contacts.contact where person_id = :p and starts_at >= :since
				  and outcome in ('ATTENDED_FAILED_TO_COMPLY', 'FAILED_TO_ATTEND_UNACCEPTABLE') order by starts_at
				""").param("p", personId).param("since", since.atStartOfDay()).query(LocalDate.class).list();
	}

	/** Enforceable failures since a date: contact id, date, type and outcome. */
	public List<Contact> enforceableFailureContacts(long personId, LocalDate since) {
		return jdbc.sql(SELECT + """
				 where person_id = :p and starts_at >= :since
				   and outcome in ('ATTENDED_FAILED_TO_COMPLY', 'FAILED_TO_ATTEND_UNACCEPTABLE')
				order by starts_at
				""").param("p", personId).param("since", since.atStartOfDay()).query(ContactRepository::contact).list();
	}

	public List<Contact> enforceableFailureContacts(Collection<Long> personIds, LocalDate since) {
		return jdbc.sql(SELECT + """
				 where person_id = any(:ids) and starts_at >= :since
				   and outcome in ('ATTENDED_FAILED_TO_COMPLY', 'FAILED_TO_ATTEND_UNACCEPTABLE')
				order by starts_at
				""")
			.param("ids", personIds.toArray(Long[]::new))
			.param("since", since.atStartOfDay())
			.query(ContactRepository::contact)
			.list();
	}

	public List<Contact> awaitingOutcome(Collection<Long> personIds, LocalDateTime now) {
		return jdbc.sql(SELECT + """
				 where person_id = any(:ids) and outcome is null and starts_at < :now
				order by starts_at
				""")
			.param("ids", personIds.toArray(Long[]::new))
			.param("now", now)
			.query(ContactRepository::contact)
			.list();
	}

	/** Days with an attended RAR activity, per requirement. */
	public List<LocalDate> rarDays(long requirementId) {
		return jdbc.sql("""
				select distinct starts_at::date from contacts.contact
				where requirement_id = :r and rar and outcome in (%s)
				""".formatted(ATTENDED)).param("r", requirementId).query(LocalDate.class).list();
	}

	/** The date of each person's latest home visit that took place. */
	public Map<Long, LocalDate> lastHomeVisits(Collection<Long> personIds) {
		Map<Long, LocalDate> result = new java.util.HashMap<>();
		jdbc.sql("""
				select person_id, max(starts_at)::date from contacts.contact
				where person_id = any(:ids) and type = 'HOME_VISIT'
				  and outcome in (%s)
				group by person_id
				""".formatted(ATTENDED))
			.param("ids", personIds.toArray(Long[]::new))
			.query((rs, n) -> result.put(rs.getLong(1), rs.getObject(2, LocalDate.class)))
			.list();
		return result;
	}

	/**
	 * What the contacts for each of these requirements show, in one query: distinct RAR
	 * days attended, programme sessions attended, whole hours attended, treatment
	 * appointments attended, drug tests by result, court reviews attended and the next
	 * court review booked after {@code now}.
	 */
	public Map<Long, RequirementContacts> requirementContacts(Collection<Long> requirementIds, LocalDateTime now) {
		Map<Long, RequirementContacts> result = new java.util.HashMap<>();
		if (requirementIds.isEmpty()) {
			return result;
		}
		jdbc.sql(
				"""
						select requirement_id,
						       count(distinct starts_at::date) filter (where rar and outcome in (%1$s)) as rar_days,
						       count(*) filter (where type = 'INTERVENTION_SESSION' and outcome in (%1$s)) as sessions,
						       coalesce(sum(extract(epoch from ends_at - starts_at)) filter (where outcome in (%1$s)), 0)::bigint
						           / 3600 as hours,
						       count(*) filter (where type in ('OTHER_AGENCY_APPOINTMENT', 'INTERVENTION_SESSION')
						                          and outcome in (%1$s)) as treatment,
						       count(*) filter (where test_result = 'NEGATIVE') as negative,
						       count(*) filter (where test_result = 'POSITIVE') as positive,
						       count(*) filter (where test_result = 'NOT_PROVIDED') as not_provided,
						       count(*) filter (where type = 'COURT_REVIEW' and outcome in (%1$s)) as reviews,
						       min(starts_at) filter (where type = 'COURT_REVIEW' and outcome is null and starts_at >= :now)
						           as next_review
						from contacts.contact where requirement_id = any(:ids)
						group by requirement_id
						"""
					.formatted(ATTENDED))
			.param("ids", requirementIds.toArray(Long[]::new))
			.param("now", now)
			.query((rs, n) -> {
				LocalDateTime next = rs.getObject("next_review", LocalDateTime.class);
				return result.put(rs.getLong("requirement_id"),
						new RequirementContacts(rs.getInt("rar_days"), rs.getInt("sessions"), rs.getInt("hours"),
								rs.getInt("treatment"), rs.getInt("negative"), rs.getInt("positive"),
								rs.getInt("not_provided"), rs.getInt("reviews"),
								next == null ? null : next.toLocalDate()));
			})
			.list();
		return result;
	}

	/** What the contacts for one requirement show. */
	public record RequirementContacts(int rarDays, int sessions, int hours, int treatment, int negative, int positive,
			int notProvided, int reviews, java.time.@Nullable LocalDate nextReview) {
	}

	/** RAR days used (distinct days attended) per requirement. */
	public Map<Long, Integer> rarDayCounts(Collection<Long> requirementIds) {
		Map<Long, Integer> result = new java.util.HashMap<>();
		if (requirementIds.isEmpty()) {
			return result;
		}
		jdbc.sql("""
				select requirement_id, count(distinct starts_at::date) from contacts.contact
				where requirement_id = any(:ids) and rar and outcome in (%s)
				group by requirement_id
				""".formatted(ATTENDED))
			.param("ids", requirementIds.toArray(Long[]::new))
			.query((rs, n) -> result.put(rs.getLong(1), rs.getInt(2)))
			.list();
		return result;
	}

	static Contact contact(ResultSet rs, int n) throws SQLException {
		String outcome = rs.getString("outcome");
		return new Contact(rs.getLong("id"), rs.getLong("person_id"), rs.getObject("staff_id", Long.class),
				ContactType.valueOf(rs.getString("type")), rs.getObject("starts_at", LocalDateTime.class),
				rs.getObject("ends_at", LocalDateTime.class), rs.getString("location"),
				rs.getObject("requirement_id", Long.class), rs.getBoolean("rar"), rs.getString("purpose"),
				outcome == null ? null : Outcome.valueOf(outcome), rs.getString("outcome_reason"),
				rs.getString("outcome_evidence"), rs.getString("outcome_recorded_by"), rs.getString("override_reason"),
				rs.getString("booked_by"), rs.getInt("version"),
				rs.getString("test_result") == null ? null : TestResult.valueOf(rs.getString("test_result")),
				rs.getString("substances"));
	}

}
