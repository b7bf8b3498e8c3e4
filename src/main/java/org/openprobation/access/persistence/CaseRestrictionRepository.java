package org.openprobation.access.persistence;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Who is allowed on a restricted case and who is excluded from a case. */
@Repository
public class CaseRestrictionRepository {

	private final JdbcClient jdbc;

	CaseRestrictionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public record Entry(long personId, String username, String kind, String reason, String addedBy, Instant addedAt) {
	}

	public List<Entry> of(long personId) {
		return jdbc.sql("""
				select person_id, username, kind, reason, added_by, added_at from access.case_restriction
				where person_id = :p order by kind, username
				""")
			.param("p", personId)
			.query((rs, n) -> new Entry(rs.getLong("person_id"), rs.getString("username"), rs.getString("kind"),
					rs.getString("reason"), rs.getString("added_by"), rs.getTimestamp("added_at").toInstant()))
			.list();
	}

	public List<Entry> ofPeople(java.util.Collection<Long> personIds) {
		return jdbc.sql("""
				select person_id, username, kind, reason, added_by, added_at from access.case_restriction
				where person_id = any(:p) order by person_id, kind, username
				""")
			.param("p", personIds.toArray(Long[]::new))
			.query((rs, n) -> new Entry(rs.getLong("person_id"), rs.getString("username"), rs.getString("kind"),
					rs.getString("reason"), rs.getString("added_by"), rs.getTimestamp("added_at").toInstant()))
			.list();
	}

	public List<Entry> all() {
		return jdbc.sql("""
				select person_id, username, kind, reason, added_by, added_at from access.case_restriction
				order by person_id, kind, username
				""")
			.query((rs, n) -> new Entry(rs.getLong("person_id"), rs.getString("username"), rs.getString("kind"),
					rs.getString("reason"), rs.getString("added_by"), rs.getTimestamp("added_at").toInstant()))
			.list();
	}

	public void put(long personId, String username, String kind, String reason, String by) {
		jdbc.sql("""
				insert into access.case_restriction (person_id, username, kind, reason, added_by)
				values (:p, :u, :k, :r, :by)
				on conflict (person_id, username) do update set kind = excluded.kind, reason = excluded.reason,
				    added_by = excluded.added_by, added_at = now()
				""")
			.param("p", personId)
			.param("u", username)
			.param("k", kind)
			.param("r", reason)
			.param("by", by)
			.update();
	}

	public boolean remove(long personId, String username) {
		return jdbc.sql("delete from access.case_restriction where person_id = :p and username = :u")
			.param("p", personId)
			.param("u", username)
			.update() == 1;
	}

}
