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
	public boolean claim(String username, String key, String method, String path, @Nullable String bodyDigest) {
		return jdbc.sql("""
				insert into access.idempotent_request (username, key, method, path, body_digest)
				values (:u, :k, :m, :p, :d)
				on conflict (username, key) do nothing
				""")
			.param("u", username)
			.param("k", key)
			.param("m", method)
			.param("p", path)
			.param("d", bodyDigest)
			.update() == 1;
	}

	public record Stored(String method, String path, @Nullable String bodyDigest, @Nullable Integer status,
			@Nullable String contentType, byte @Nullable [] body, @Nullable String location) {
	}

	public Optional<Stored> find(String username, String key) {
		return jdbc.sql("""
				select method, path, body_digest, status, content_type, body, location from access.idempotent_request
				where username = :u and key = :k
				""")
			.param("u", username)
			.param("k", key)
			.query((rs, n) -> new Stored(rs.getString("method"), rs.getString("path"), rs.getString("body_digest"),
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

	/** A sign-in attempt claimed, or refused because too many failed. */
	public sealed interface SignInClaim {

		/** The attempt, counted as a failure until given back. */
		record Claimed(long id) implements SignInClaim {
		}

		/**
		 * Too many failures for the username (or, when {@code byAddress}, from the
		 * client's address) since the window began; refused until {@code until}.
		 */
		record Refused(boolean byAddress, Instant until) implements SignInClaim {
		}

	}

	/**
	 * Claims one sign-in attempt, counted as a failure until {@link #giveBack}: one
	 * transaction holding an advisory lock on the username, then on the address, so
	 * attempts made in parallel are counted one after another and no more than
	 * {@code perUsername} (or {@code perAddress}) are ever let through to a password
	 * check within the window.
	 */
	@org.springframework.transaction.annotation.Transactional
	public SignInClaim claimSignIn(String username, @Nullable String address, Instant now, Instant since,
			int perUsername, int perAddress) {
		String name = username.toLowerCase(java.util.Locale.ROOT);
		jdbc.sql("select pg_advisory_xact_lock(hashtext('sign-in user ' || :u))").param("u", name).query().listOfRows();
		if (address != null) {
			jdbc.sql("select pg_advisory_xact_lock(hashtext('sign-in address ' || :a))")
				.param("a", address)
				.query()
				.listOfRows();
		}
		record Count(long failures, @Nullable Timestamp oldest) {
		}
		Count byUser = jdbc.sql("""
				select count(*), min(failed_at) from access.sign_in_failure
				where lower(username) = :u and failed_at >= :since
				""")
			.param("u", name)
			.param("since", Timestamp.from(since))
			.query((rs, n) -> new Count(rs.getLong(1), rs.getTimestamp(2)))
			.single();
		if (byUser.failures() >= perUsername) {
			return new SignInClaim.Refused(false,
					byUser.oldest().toInstant().plus(java.time.Duration.between(since, now)));
		}
		if (address != null) {
			Count byAddress = jdbc.sql("""
					select count(*), min(failed_at) from access.sign_in_failure
					where address = :a and failed_at >= :since
					""")
				.param("a", address)
				.param("since", Timestamp.from(since))
				.query((rs, n) -> new Count(rs.getLong(1), rs.getTimestamp(2)))
				.single();
			if (byAddress.failures() >= perAddress) {
				return new SignInClaim.Refused(true,
						byAddress.oldest().toInstant().plus(java.time.Duration.between(since, now)));
			}
		}
		return new SignInClaim.Claimed(jdbc.sql("""
				insert into access.sign_in_failure (username, address, failed_at) values (:u, :a, :at) returning id
				""")
			.param("u", username)
			.param("a", address)
			.param("at", Timestamp.from(now))
			.query(Long.class)
			.single());
	}

	/** The password was right: the claimed attempt was no failure. */
	public void giveBack(long attempt) {
		jdbc.sql("delete from access.sign_in_failure where id = :id").param("id", attempt).update();
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
