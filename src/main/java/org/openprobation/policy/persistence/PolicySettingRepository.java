package org.openprobation.policy.persistence;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every change to a provider's policy settings, the latest being the current one. */
@Repository
public class PolicySettingRepository {

	private final JdbcClient jdbc;

	PolicySettingRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public record Stored(Map<String, Integer> values, String reason, String changedBy, Instant changedAt) {
	}

	public Optional<Map<String, Integer>> current(long providerId, String policy) {
		return jdbc.sql("""
				select names, numbers, reason, changed_by, changed_at from policy.setting
				where provider_id = :p and policy = :k order by changed_at desc, id desc limit 1
				""")
			.param("p", providerId)
			.param("k", policy)
			.query(PolicySettingRepository::stored)
			.optional()
			.map(Stored::values);
	}

	public List<Stored> history(long providerId, String policy) {
		return jdbc.sql("""
				select names, numbers, reason, changed_by, changed_at from policy.setting
				where provider_id = :p and policy = :k order by changed_at desc, id desc
				""").param("p", providerId).param("k", policy).query(PolicySettingRepository::stored).list();
	}

	public void insert(long providerId, String policy, Map<String, Integer> values, String reason, String by) {
		jdbc.sql("""
				insert into policy.setting (provider_id, policy, names, numbers, reason, changed_by)
				values (:p, :k, :names, :numbers, :reason, :by)
				""")
			.param("p", providerId)
			.param("k", policy)
			.param("names", values.keySet().toArray(String[]::new))
			.param("numbers", values.values().toArray(Integer[]::new))
			.param("reason", reason)
			.param("by", by)
			.update();
	}

	private static Stored stored(ResultSet rs, int n) throws SQLException {
		String[] names = strings(rs.getArray("names"));
		Integer[] numbers = integers(rs.getArray("numbers"));
		Map<String, Integer> values = new LinkedHashMap<>();
		for (int i = 0; i < names.length; i++) {
			values.put(names[i], numbers[i]);
		}
		return new Stored(values, rs.getString("reason"), rs.getString("changed_by"),
				rs.getObject("changed_at", OffsetDateTime.class).toInstant());
	}

	private static String[] strings(Array array) throws SQLException {
		return (String[]) array.getArray();
	}

	private static Integer[] integers(Array array) throws SQLException {
		return (Integer[]) array.getArray();
	}

}
