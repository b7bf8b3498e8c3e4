package org.openprobation.access.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Idempotency keys of API calls and failed sign-ins. */
@Repository
public class RequestGuardRepository {

	private final JdbcClient jdbc;

	RequestGuardRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Claims a key for a call; false when it was claimed before (by this or another
	 * call).
	 */
	public boolean claim(String username, String key, String method, String path) {
		return jdbc.sql("""
				insert into access.idempotent_request (username, key, method, path) values (:u, :k, :m, :p)
				on conflict (username, key) do nothing
				""").param("u", username).param("k", key).param("m", method).param("p", path).update() == 1;
	}

	public record Stored(String method, String path, @Nullable Integer status, @Nullable String contentType,
			byte @Nullable [] body, @Nullable String location) {
	}

	public Optional<Stored> find(String username, String key) {
		return jdbc.sql("""
				select method, path, status, content_type, body, location from access.idempotent_request
				where username = :u and key = :k
				""")
			.param("u", username)
			.param("k", key)
			.query((rs, n) -> new Stored(rs.getString("method"), rs.getString("path"),
					rs.getObject("status", Integer.class), rs.getString("content_type"), rs.getBytes("body"),
					rs.getString("location")))
			.optional();
	}

	public void complete(String username, String key, int status, @Nullable String contentType, byte[] body,
			@Nullable String location) {
		jdbc.sql("""
				update access.idempotent_request set status = :s, content_type = :c, body = :b, location = :l
				where username = :u and key = :k
				""")
			.param("s", status)
			.param("c", contentType)
			.param("b", body)
			.param("l", location)
			.param("u", username)
			.param("k", key)
			.update();
	}

	/** Gives the key back (the call failed on the server), so a retry runs again. */
	public void release(String username, String key) {
		jdbc.sql("delete from access.idempotent_request where username = :u and key = :k")
			.param("u", username)
			.param("k", key)
			.update();
	}

	public int forgetBefore(Instant before) {
		return jdbc.sql("delete from access.idempotent_request where created_at < :before")
			.param("before", Timestamp.from(before))
			.update();
	}

	public void recordFailure(String username, Instant at) {
		jdbc.sql("insert into access.sign_in_failure (username, failed_at) values (:u, :at)")
			.param("u", username)
			.param("at", Timestamp.from(at))
			.update();
	}

	public int failuresSince(String username, Instant since) {
		return jdbc.sql("""
				select count(*) from access.sign_in_failure where lower(username) = lower(:u) and failed_at >= :since
				""").param("u", username).param("since", Timestamp.from(since)).query(Integer.class).single();
	}

	public Optional<Instant> oldestFailureSince(String username, Instant since) {
		return jdbc
			.sql("""
					select min(failed_at) from access.sign_in_failure where lower(username) = lower(:u) and failed_at >= :since
					""")
			.param("u", username)
			.param("since", Timestamp.from(since))
			.query((rs, n) -> rs.getTimestamp(1) == null ? null : rs.getTimestamp(1).toInstant())
			.optional();
	}

	public void clearFailures(String username) {
		jdbc.sql("delete from access.sign_in_failure where lower(username) = lower(:u)").param("u", username).update();
	}

	public int forgetFailuresBefore(Instant before) {
		return jdbc.sql("delete from access.sign_in_failure where failed_at < :before")
			.param("before", Timestamp.from(before))
			.update();
	}

}
