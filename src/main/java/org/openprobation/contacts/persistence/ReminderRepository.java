package org.openprobation.contacts.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.openprobation.contacts.Reminder;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class ReminderRepository {

	private static final String SELECT = """
			select id, contact_id, person_id, channel, address, message, send_after, status, attempts, last_error, sent_at
			from contacts.reminder
			""";

	private final JdbcClient jdbc;

	ReminderRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long insert(long contactId, long personId, String channel, String address, String message,
			Instant sendAfter) {
		return jdbc.sql("""
				insert into contacts.reminder (contact_id, person_id, channel, address, message, send_after)
				values (:c, :p, :channel, :address, :message, :after) returning id
				""")
			.param("c", contactId)
			.param("p", personId)
			.param("channel", channel)
			.param("address", address)
			.param("message", message)
			.param("after", Timestamp.from(sendAfter))
			.query(Long.class)
			.single();
	}

	/**
	 * Takes due reminders for sending; rows another instance is sending are skipped, so
	 * several instances can share the outbox.
	 */
	public List<Reminder> lockDue(Instant now, int limit) {
		return jdbc.sql(SELECT + """
				 where status = 'PENDING' and send_after <= :now order by send_after limit :limit
				for update skip locked
				""").param("now", Timestamp.from(now)).param("limit", limit).query(ReminderRepository::reminder).list();
	}

	public void markSent(long id, Instant at) {
		jdbc.sql("update contacts.reminder set status = 'SENT', sent_at = :at, attempts = attempts + 1 where id = :id")
			.param("at", Timestamp.from(at))
			.param("id", id)
			.update();
	}

	public void markFailedAttempt(long id, String error, @Nullable Instant retryAt) {
		jdbc.sql("""
				update contacts.reminder set attempts = attempts + 1, last_error = :error,
				    status = case when :retry::timestamptz is null then 'FAILED' else 'PENDING' end,
				    send_after = coalesce(:retry::timestamptz, send_after)
				where id = :id
				""")
			.param("error", error.length() > 500 ? error.substring(0, 500) : error)
			.param("retry", retryAt == null ? null : Timestamp.from(retryAt))
			.param("id", id)
			.update();
	}

	public void cancelFor(long contactId) {
		jdbc.sql("update contacts.reminder set status = 'CANCELLED' where contact_id = :c and status = 'PENDING'")
			.param("c", contactId)
			.update();
	}

	public List<Reminder> recent(@Nullable String status, int limit) {
		return jdbc.sql(SELECT
				+ " where (:status::text is null or status = :status) order by created_at desc, id desc limit :limit")
			.param("status", status)
			.param("limit", limit)
			.query(ReminderRepository::reminder)
			.list();
	}

	public java.util.Map<String, Long> counts() {
		java.util.Map<String, Long> counts = new java.util.TreeMap<>();
		jdbc.sql("select status, count(*) from contacts.reminder group by status")
			.query((rs, n) -> counts.put(rs.getString(1), rs.getLong(2)))
			.list();
		return counts;
	}

	static Reminder reminder(ResultSet rs, int n) throws SQLException {
		Timestamp sent = rs.getTimestamp("sent_at");
		return new Reminder(rs.getLong("id"), rs.getLong("contact_id"), rs.getLong("person_id"),
				rs.getString("channel"), rs.getString("address"), rs.getString("message"),
				rs.getTimestamp("send_after").toInstant(),
				org.openprobation.contacts.ReminderStatus.valueOf(rs.getString("status")), rs.getInt("attempts"),
				rs.getString("last_error"), sent == null ? null : sent.toInstant());
	}

}
