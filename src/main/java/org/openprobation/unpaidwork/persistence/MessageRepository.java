package org.openprobation.unpaidwork.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.openprobation.shared.ProviderCondition;
import org.openprobation.unpaidwork.Message;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class MessageRepository {

	private static final String SELECT = """
			select m.id, m.person_id, p.crn, m.session_id, m.channel, m.from_who, m.body, m.received_at, m.logged_by,
			       m.responded_at, m.responded_by, m.response
			from unpaidwork.message m left join reporting.person p on p.id = m.person_id
			""";

	private final JdbcClient jdbc;

	MessageRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long insert(long providerId, @Nullable Long personId, @Nullable Long sessionId, String channel,
			String fromWho, String body, Instant receivedAt, String by) {
		return jdbc
			.sql("""
					insert into unpaidwork.message (provider_id, person_id, session_id, channel, from_who, body, received_at,
					    logged_by)
					values (:provider, :person, :session, :channel, :from, :body, :received, :by) returning id
					""")
			.param("provider", providerId)
			.param("person", personId)
			.param("session", sessionId)
			.param("channel", channel)
			.param("from", fromWho)
			.param("body", body)
			.param("received", Timestamp.from(receivedAt))
			.param("by", by)
			.query(Long.class)
			.single();
	}

	public Optional<Message> find(long id) {
		return jdbc.sql(SELECT + " where m.id = :id").param("id", id).query(MessageRepository::message).optional();
	}

	public long providerOf(long id) {
		return jdbc.sql("select provider_id from unpaidwork.message where id = :id")
			.param("id", id)
			.query(Long.class)
			.single();
	}

	/** Answers once; false when someone already did. */
	public boolean respond(long id, String response, String by, Instant at) {
		return jdbc.sql("""
				update unpaidwork.message set response = :response, responded_by = :by, responded_at = :at
				where id = :id and responded_at is null
				""")
			.param("response", response)
			.param("by", by)
			.param("at", Timestamp.from(at))
			.param("id", id)
			.update() == 1;
	}

	/**
	 * A provider's messages (unanswered only, longest waiting first, when asked), else
	 * newest first.
	 */
	public List<Message> ofProvider(@Nullable Long providerId, boolean unansweredOnly, int limit) {
		return jdbc.sql(SELECT + """
				 where %s
				   and (not :unanswered or m.responded_at is null)
				order by case when :unanswered then m.received_at end asc, m.received_at desc limit :limit
				""".formatted(ProviderCondition.of("m.provider_id", providerId)))
			.param("provider", providerId)
			.param("unanswered", unansweredOnly)
			.param("limit", limit)
			.query(MessageRepository::message)
			.list();
	}

	public List<Message> ofPerson(long personId, int limit) {
		return jdbc.sql(SELECT + " where m.person_id = :p order by m.received_at desc limit :limit")
			.param("p", personId)
			.param("limit", limit)
			.query(MessageRepository::message)
			.list();
	}

	/** Unanswered count and the median minutes to an answer since a moment. */
	public record Responsiveness(long unanswered, @Nullable Double medianMinutes, long answered) {
	}

	public Responsiveness responsiveness(@Nullable Long providerId, Instant since) {
		return jdbc.sql("""
				select count(*) filter (where responded_at is null) as unanswered,
				       percentile_cont(0.5) within group (order by extract(epoch from responded_at - received_at) / 60)
				           filter (where responded_at is not null and received_at >= :since) as median,
				       count(*) filter (where responded_at is not null and received_at >= :since) as answered
				from unpaidwork.message where %s
				""".formatted(ProviderCondition.of("provider_id", providerId)))
			.param("provider", providerId)
			.param("since", Timestamp.from(since))
			.query((rs, n) -> new Responsiveness(rs.getLong("unanswered"), rs.getObject("median", Double.class),
					rs.getLong("answered")))
			.single();
	}

	private static Message message(ResultSet rs, int n) throws SQLException {
		Timestamp responded = rs.getTimestamp("responded_at");
		String crn = rs.getString("crn");
		return new Message(rs.getLong("id"), rs.getObject("person_id", Long.class), crn == null ? null : crn.trim(),
				rs.getObject("session_id", Long.class), rs.getString("channel"), rs.getString("from_who"),
				rs.getString("body"), rs.getTimestamp("received_at").toInstant(), rs.getString("logged_by"),
				responded == null ? null : responded.toInstant(), rs.getString("responded_by"),
				rs.getString("response"));
	}

}
