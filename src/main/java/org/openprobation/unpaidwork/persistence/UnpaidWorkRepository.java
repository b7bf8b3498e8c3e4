package org.openprobation.unpaidwork.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.openprobation.shared.ProviderCondition;
import org.openprobation.unpaidwork.Booking;
import org.openprobation.unpaidwork.UnpaidWorkSession;
import org.openprobation.unpaidwork.domain.SessionAttendance;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class UnpaidWorkRepository {

	private static final String SESSION = """
			select s.id, s.project_id, p.name as project, p.type, b.name as borough, b.id as borough_id, s.starts_at,
			       s.ends_at, s.capacity, p.women_only, p.involves_children, s.cancelled_reason, s.supervisor_staff_id,
			       (select count(*) from unpaidwork.booking k where k.session_id = s.id and k.status = 'BOOKED') as booked
			from unpaidwork.session s
			join unpaidwork.project p on p.id = s.project_id
			join reporting.borough b on b.id = p.borough_id
			""";

	private static final String BOOKING = """
			select id, session_id, person_id, requirement_id, contact_id, status, attendance, arrived_at, left_at,
			       break_minutes, minutes_credited, travel_pence, absence_reason, recorded_by, version
			from unpaidwork.booking
			""";

	private final JdbcClient jdbc;

	UnpaidWorkRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Sessions of a provider (or all) between two times, in a borough when given. */
	public List<UnpaidWorkSession> sessions(@Nullable Long providerId, LocalDateTime from, LocalDateTime to,
			@Nullable Long boroughId, int limit) {
		return jdbc.sql(SESSION + """
				where s.starts_at >= :from and s.starts_at < :to
				  and %s
				  and (:borough::bigint is null or p.borough_id = :borough)
				order by s.starts_at, p.name, s.id limit :limit
				""".formatted(ProviderCondition.of("p.provider_id", providerId)))
			.param("from", from)
			.param("to", to)
			.param("provider", providerId)
			.param("borough", boroughId)
			.param("limit", limit)
			.query(UnpaidWorkRepository::session)
			.list();
	}

	public Optional<UnpaidWorkSession> session(long id) {
		return jdbc.sql(SESSION + " where s.id = :id").param("id", id).query(UnpaidWorkRepository::session).optional();
	}

	/**
	 * Locks the session's row until the transaction ends, so that two bookings of its
	 * last place are made one after the other.
	 */
	public void lock(long sessionId) {
		jdbc.sql("select id from unpaidwork.session where id = :id for update").param("id", sessionId).query().rowSet();
	}

	public long providerOf(long sessionId) {
		return jdbc.sql("""
				select p.provider_id from unpaidwork.session s join unpaidwork.project p on p.id = s.project_id
				where s.id = :id
				""").param("id", sessionId).query(Long.class).single();
	}

	/** Answers the new booking's id, or empty when the person is already booked there. */
	public Optional<Long> book(long sessionId, long personId, long requirementId, String by) {
		try {
			return Optional.of(jdbc.sql("""
					insert into unpaidwork.booking (session_id, person_id, requirement_id, booked_by)
					values (:session, :person, :requirement, :by) returning id
					""")
				.param("session", sessionId)
				.param("person", personId)
				.param("requirement", requirementId)
				.param("by", by)
				.query(Long.class)
				.single());
		}
		catch (DuplicateKeyException ex) {
			return Optional.empty();
		}
	}

	public void linkContact(long bookingId, long contactId) {
		jdbc.sql("update unpaidwork.booking set contact_id = :contact where id = :id")
			.param("contact", contactId)
			.param("id", bookingId)
			.update();
	}

	public List<Booking> bookingsOfSession(long sessionId) {
		return jdbc.sql(BOOKING + " where session_id = :s and status = 'BOOKED' order by id")
			.param("s", sessionId)
			.query(UnpaidWorkRepository::booking)
			.list();
	}

	public Optional<Booking> booking(long sessionId, long personId) {
		return jdbc.sql(BOOKING + " where session_id = :s and person_id = :p and status = 'BOOKED'")
			.param("s", sessionId)
			.param("p", personId)
			.query(UnpaidWorkRepository::booking)
			.optional();
	}

	/** A person's bookings with their sessions, newest first. */
	public List<Map.Entry<Booking, UnpaidWorkSession>> bookingsOfPerson(long personId, int limit) {
		List<Booking> bookings = jdbc.sql(BOOKING + """
				 where person_id = :p and status = 'BOOKED'
				order by (select starts_at from unpaidwork.session s where s.id = session_id) desc limit :limit
				""").param("p", personId).param("limit", limit).query(UnpaidWorkRepository::booking).list();
		Map<Long, UnpaidWorkSession> sessions = new HashMap<>();
		if (!bookings.isEmpty()) {
			jdbc.sql(SESSION + " where s.id = any(:ids)")
				.param("ids", bookings.stream().map(Booking::sessionId).distinct().toArray(Long[]::new))
				.query(UnpaidWorkRepository::session)
				.list()
				.forEach(s -> sessions.put(s.id(), s));
		}
		return bookings.stream().map(b -> Map.entry(b, sessions.get(b.sessionId()))).toList();
	}

	/** Records what happened at a booking, once: false when it was already recorded. */
	public boolean recordAttendance(long bookingId, SessionAttendance attendance, @Nullable LocalTime arrived,
			@Nullable LocalTime left, @Nullable Integer breakMinutes, int minutes, @Nullable Integer travelPence,
			@Nullable String reason, String by) {
		return jdbc
			.sql("""
					update unpaidwork.booking set attendance = :attendance, arrived_at = :arrived, left_at = :left,
					    break_minutes = :breaks, minutes_credited = :minutes, travel_pence = :travel, absence_reason = :reason,
					    recorded_by = :by, recorded_at = now(), version = version + 1
					where id = :id and attendance is null and status = 'BOOKED'
					""")
			.param("attendance", attendance.name())
			.param("arrived", arrived)
			.param("left", left)
			.param("breaks", breakMinutes)
			.param("minutes", minutes)
			.param("travel", travelPence)
			.param("reason", reason)
			.param("by", by)
			.param("id", bookingId)
			.update() == 1;
	}

	/**
	 * Corrects the times, breaks and travel of a recorded attendance, if still at the
	 * version read, keeping what it was: false when someone changed it meanwhile.
	 */
	public boolean correctAttendance(org.openprobation.unpaidwork.Booking before, @Nullable LocalTime arrived,
			@Nullable LocalTime left, @Nullable Integer breakMinutes, int minutes, @Nullable Integer travelPence,
			String reason, String by) {
		boolean changed = jdbc.sql("""
				update unpaidwork.booking set arrived_at = :arrived, left_at = :left, break_minutes = :breaks,
				    minutes_credited = :minutes, travel_pence = :travel, version = version + 1
				where id = :id and version = :v and attendance is not null
				""")
			.param("arrived", arrived)
			.param("left", left)
			.param("breaks", breakMinutes)
			.param("minutes", minutes)
			.param("travel", travelPence)
			.param("id", before.id())
			.param("v", before.version())
			.update() == 1;
		if (changed) {
			jdbc.sql(
					"""
							insert into unpaidwork.attendance_correction (booking_id, arrived_before, left_before, breaks_before,
							    minutes_before, travel_before, arrived_after, left_after, breaks_after, minutes_after, travel_after,
							    reason, corrected_by)
							values (:id, :a0, :l0, :b0, :m0, :t0, :a1, :l1, :b1, :m1, :t1, :reason, :by)
							""")
				.param("id", before.id())
				.param("a0", before.arrived())
				.param("l0", before.left())
				.param("b0", before.breakMinutes())
				.param("m0", before.minutesCredited())
				.param("t0", before.travelPence())
				.param("a1", arrived)
				.param("l1", left)
				.param("b1", breakMinutes)
				.param("m1", minutes)
				.param("t1", travelPence)
				.param("reason", reason)
				.param("by", by)
				.update();
		}
		return changed;
	}

	/** The corrections of a session's bookings, oldest first, by booking. */
	public Map<Long, List<org.openprobation.unpaidwork.AttendanceCorrection>> corrections(long sessionId) {
		Map<Long, List<org.openprobation.unpaidwork.AttendanceCorrection>> result = new HashMap<>();
		jdbc.sql("""
				select c.* from unpaidwork.attendance_correction c join unpaidwork.booking b on b.id = c.booking_id
				where b.session_id = :s order by c.corrected_at, c.id
				""")
			.param("s", sessionId)
			.query((rs, n) -> new org.openprobation.unpaidwork.AttendanceCorrection(rs.getLong("booking_id"),
					rs.getObject("arrived_before", LocalTime.class), rs.getObject("left_before", LocalTime.class),
					rs.getInt("minutes_before"), rs.getObject("arrived_after", LocalTime.class),
					rs.getObject("left_after", LocalTime.class), rs.getInt("minutes_after"), rs.getString("reason"),
					rs.getString("corrected_by"), rs.getObject("corrected_at", java.time.OffsetDateTime.class)))
			.list()
			.forEach(c -> result.computeIfAbsent(c.bookingId(), k -> new java.util.ArrayList<>()).add(c));
		return result;
	}

	/** Minutes credited in the register on each day, for a requirement. */
	public Map<LocalDate, Integer> creditedByDay(long requirementId) {
		Map<LocalDate, Integer> result = new HashMap<>();
		jdbc.sql("""
				select s.starts_at::date, sum(b.minutes_credited) from unpaidwork.booking b
				join unpaidwork.session s on s.id = b.session_id
				where b.requirement_id = :r and b.status = 'BOOKED' and b.minutes_credited > 0
				group by s.starts_at::date
				""")
			.param("r", requirementId)
			.query((rs, n) -> result.put(rs.getObject(1, LocalDate.class), rs.getInt(2)))
			.list();
		return result;
	}

	public boolean addToWaitingList(long sessionId, long personId, String by) {
		return jdbc.sql("""
				insert into unpaidwork.waiting (session_id, person_id, added_by) values (:s, :p, :by)
				on conflict do nothing
				""").param("s", sessionId).param("p", personId).param("by", by).update() == 1;
	}

	public List<Long> waitingList(long sessionId) {
		return jdbc.sql("select person_id from unpaidwork.waiting where session_id = :s order by since, person_id")
			.param("s", sessionId)
			.query(Long.class)
			.list();
	}

	public void leaveWaitingList(long sessionId, long personId) {
		jdbc.sql("delete from unpaidwork.waiting where session_id = :s and person_id = :p")
			.param("s", sessionId)
			.param("p", personId)
			.update();
	}

	public void cancel(long sessionId, String reason, String by) {
		jdbc.sql("""
				update unpaidwork.session set cancelled_reason = :reason, cancelled_by = :by, version = version + 1
				where id = :id
				""").param("reason", reason).param("by", by).param("id", sessionId).update();
	}

	/** The bookings of a cancelled session no longer hold a place or count as booked. */
	public void releaseBookings(long sessionId) {
		jdbc.sql(
				"update unpaidwork.booking set status = 'CANCELLED', version = version + 1 where session_id = :s and attendance is null and status = 'BOOKED'")
			.param("s", sessionId)
			.update();
	}

	/**
	 * Makes the dated sessions of every weekly pattern between two days (those already
	 * made are left alone). Answers how many were made.
	 */
	public int makeSessions(LocalDate from, LocalDate to) {
		return jdbc
			.sql("""
					insert into unpaidwork.session (project_id, weekly_session_id, starts_at, ends_at, supervisor_staff_id,
					    supervisors, capacity)
					select w.project_id, w.id, d + w.start_time, d + w.end_time, w.supervisor_staff_id, w.supervisors, w.capacity
					from unpaidwork.weekly_session w
					join unpaidwork.project p on p.id = w.project_id and p.active
					cross join generate_series(cast(:from as date), cast(:to as date), interval '1 day') d
					where extract(isodow from d) = w.day_of_week
					on conflict (project_id, starts_at) do nothing
					""")
			.param("from", from)
			.param("to", to)
			.update();
	}

	/** A person with unpaid work hours to work, as the planner needs them. */
	/**
	 * A person's unpaid work still to do; {@code lastDay} is the end of a suspended
	 * sentence order's operational period (none for a community order: it stays in force
	 * until the hours are worked).
	 */
	public record Demand(long personId, String crn, String name, long requirementId, long boroughId, long areaId,
			boolean female, boolean riskToChildren, int hoursOrdered, int minutesDone, LocalDate start, LocalDate end,
			@Nullable LocalDate lastDay) {
	}

	/**
	 * Everyone of a provider (or one person) with an active unpaid work requirement and a
	 * known borough.
	 */
	public List<Demand> demand(@Nullable Long providerId, @Nullable Long personId) {
		return jdbc
			.sql("""
					select p.id, p.crn, p.forename || ' ' || p.surname as name, r.id as requirement_id, ad.borough_id,
					       b.area_id, p.gender = 'FEMALE' as female,
					       exists (select 1 from reporting.registration g where g.person_id = p.id
					               and g.type in (:riskingChildren) and g.ended_on is null)
					           as risk_to_children,
					       coalesce(r.amount_ordered, 0) as ordered,
					       r.amount_done * 60 + coalesce((select sum(k.minutes_credited) from unpaidwork.booking k
					                                      where k.requirement_id = r.id and k.status = 'BOOKED'), 0) as done,
					       r.start_date, r.end_date,
					       case when s.kind = 'SUSPENDED_SENTENCE_ORDER' then s.expected_end_date end as last_day
					from reporting.requirement r
					join reporting.sentence s on s.id = r.sentence_id and s.status = 'ACTIVE'
					join reporting.person p on p.id = s.person_id and p.transferred_out_on is null
					join reporting.address ad on ad.person_id = p.id and ad.to_date is null and ad.borough_id is not null
					join reporting.borough b on b.id = ad.borough_id
					where r.kind = 'UNPAID_WORK' and r.status = 'ACTIVE'
					"""
					+ " and " + ProviderCondition.of("p.provider_id", providerId)
					+ (personId == null ? "" : " and p.id = :person") + " order by p.id")
			.param("provider", providerId)
			.param("person", personId)
			.param("riskingChildren", org.openprobation.assessment.RegistrationType.riskingChildren())
			.query((rs, n) -> new Demand(rs.getLong("id"), rs.getString("crn").trim(), rs.getString("name"),
					rs.getLong("requirement_id"), rs.getLong("borough_id"), rs.getLong("area_id"),
					rs.getBoolean("female"), rs.getBoolean("risk_to_children"), rs.getInt("ordered"), rs.getInt("done"),
					rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
					rs.getObject("last_day", LocalDate.class)))
			.list();
	}

	public Optional<LocalDate> inductedOn(long requirementId) {
		return jdbc.sql("select inducted_on from unpaidwork.induction where requirement_id = :r")
			.param("r", requirementId)
			.query(LocalDate.class)
			.optional();
	}

	/** Records the induction once; false when it already was. */
	public boolean recordInduction(long requirementId, long personId, LocalDate on, String by) {
		return jdbc.sql("""
				insert into unpaidwork.induction (requirement_id, person_id, inducted_on, recorded_by)
				values (:r, :p, :on, :by) on conflict do nothing
				""").param("r", requirementId).param("p", personId).param("on", on).param("by", by).update() == 1;
	}

	public Optional<Long> firstProvider() {
		return jdbc.sql("select min(provider_id) from unpaidwork.project").query(Long.class).optional();
	}

	/** The area of each borough, for the planner's "nearby". */
	public Map<Long, Long> boroughAreas() {
		Map<Long, Long> result = new HashMap<>();
		jdbc.sql("select id, area_id from reporting.borough")
			.query((rs, n) -> result.put(rs.getLong(1), rs.getLong(2)))
			.list();
		return result;
	}

	/** A weekly time a person cannot work. */
	public record Unavailable(long id, long personId, int dayOfWeek, LocalTime from, LocalTime to, String reason) {
	}

	public List<Unavailable> unavailability(java.util.Collection<Long> personIds) {
		return jdbc.sql("""
				select id, person_id, day_of_week, from_time, to_time, reason from unpaidwork.availability
				where person_id = any(:p) order by person_id, day_of_week, from_time
				""")
			.param("p", personIds.toArray(Long[]::new))
			.query((rs, n) -> new Unavailable(rs.getLong(1), rs.getLong(2), rs.getInt(3),
					rs.getObject(4, LocalTime.class), rs.getObject(5, LocalTime.class), rs.getString(6)))
			.list();
	}

	public void addUnavailable(long personId, int dayOfWeek, LocalTime from, LocalTime to, String reason, String by) {
		jdbc.sql("""
				insert into unpaidwork.availability (person_id, day_of_week, from_time, to_time, reason, recorded_by)
				values (:p, :d, :f, :t, :r, :by)
				""")
			.param("p", personId)
			.param("d", dayOfWeek)
			.param("f", from)
			.param("t", to)
			.param("r", reason)
			.param("by", by)
			.update();
	}

	public boolean removeUnavailable(long personId, long id) {
		return jdbc.sql("delete from unpaidwork.availability where id = :id and person_id = :p")
			.param("id", id)
			.param("p", personId)
			.update() == 1;
	}

	/**
	 * Which of these people are already booked on a session between two times (asked of a
	 * provider's people, so the work grows with the provider, not the country).
	 */
	public java.util.Set<Long> bookedBetween(java.util.Collection<Long> personIds, LocalDateTime from,
			LocalDateTime to) {
		if (personIds.isEmpty()) {
			return new java.util.HashSet<>();
		}
		return new java.util.HashSet<>(jdbc.sql("""
				select distinct b.person_id from unpaidwork.booking b join unpaidwork.session s on s.id = b.session_id
				where b.person_id = any(:people) and b.status = 'BOOKED' and s.starts_at >= :from and s.starts_at < :to
				""")
			.param("people", personIds.stream().distinct().toArray(Long[]::new))
			.param("from", from)
			.param("to", to)
			.query(Long.class)
			.list());
	}

	private static UnpaidWorkSession session(ResultSet rs, int n) throws SQLException {
		return new UnpaidWorkSession(rs.getLong("id"), rs.getLong("project_id"), rs.getString("project"),
				rs.getString("type"), rs.getString("borough"), rs.getLong("borough_id"),
				rs.getObject("starts_at", LocalDateTime.class), rs.getObject("ends_at", LocalDateTime.class),
				rs.getInt("capacity"), rs.getInt("booked"), rs.getBoolean("women_only"),
				rs.getBoolean("involves_children"), rs.getString("cancelled_reason"),
				rs.getObject("supervisor_staff_id", Long.class));
	}

	private static Booking booking(ResultSet rs, int n) throws SQLException {
		return new Booking(rs.getLong("id"), rs.getLong("session_id"), rs.getLong("person_id"),
				rs.getLong("requirement_id"), rs.getObject("contact_id", Long.class), rs.getString("status"),
				rs.getString("attendance") == null ? null : SessionAttendance.valueOf(rs.getString("attendance")),
				rs.getObject("arrived_at", LocalTime.class), rs.getObject("left_at", LocalTime.class),
				rs.getObject("break_minutes", Integer.class), rs.getInt("minutes_credited"),
				rs.getObject("travel_pence", Integer.class), rs.getString("absence_reason"),
				rs.getString("recorded_by"), rs.getInt("version"));
	}

	/**
	 * An active unpaid work requirement whose person has not yet attended a session: its
	 * start, and whether the induction is recorded and a session booked.
	 */
	public record NotStarted(long personId, long providerId, long requirementId, LocalDate startDate, boolean inducted,
			boolean booked) {
	}

	public List<NotStarted> notStarted(java.util.Collection<Long> personIds) {
		return jdbc
			.sql("""
					select s.person_id, p.provider_id, r.id, r.start_date,
					  exists (select 1 from unpaidwork.induction i where i.requirement_id = r.id) as inducted,
					  exists (select 1 from unpaidwork.booking b where b.requirement_id = r.id and b.status = 'BOOKED') as booked
					from reporting.requirement r
					join reporting.sentence s on s.id = r.sentence_id
					join reporting.person p on p.id = s.person_id
					where s.person_id = any(:ids) and s.status = 'ACTIVE' and r.kind = 'UNPAID_WORK' and r.status = 'ACTIVE'
					  and not exists (select 1 from unpaidwork.booking b where b.requirement_id = r.id and b.status = 'BOOKED'
					                  and b.attendance = 'ATTENDED')
					order by r.start_date, r.id
					""")
			.param("ids", personIds.toArray(Long[]::new))
			.query((rs, n) -> new NotStarted(rs.getLong(1), rs.getLong(2), rs.getLong(3),
					rs.getObject(4, LocalDate.class), rs.getBoolean(5), rs.getBoolean(6)))
			.list();
	}

	/** Minutes credited on sessions, by requirement. */
	public Map<Long, Integer> creditedMinutes(java.util.Collection<Long> requirementIds) {
		Map<Long, Integer> result = new java.util.HashMap<>();
		jdbc.sql("""
				select requirement_id, sum(minutes_credited) from unpaidwork.booking
				where requirement_id = any(:ids) and status = 'BOOKED' group by requirement_id
				""")
			.param("ids", requirementIds.toArray(Long[]::new))
			.query((rs, n) -> result.put(rs.getLong(1), rs.getInt(2)))
			.list();
		return result;
	}

}
