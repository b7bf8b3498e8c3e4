package org.openprobation.contacts.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.openprobation.contacts.domain.ContactStandard;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class StandardSettingRepository {

	private final JdbcClient jdbc;

	StandardSettingRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public record Change(ContactStandard.Settings settings, String reason, String changedBy, Instant changedAt) {
	}

	/** Each provider's current configuration, where it has one. */
	public Map<Long, ContactStandard.Settings> current() {
		Map<Long, ContactStandard.Settings> result = new HashMap<>();
		jdbc.sql("""
				select distinct on (provider_id) * from contacts.standard_setting
				order by provider_id, changed_at desc, id desc
				""").query((rs, n) -> result.put(rs.getLong("provider_id"), settings(rs))).list();
		return result;
	}

	public List<Change> history(long providerId) {
		return jdbc
			.sql("""
					select * from contacts.standard_setting where provider_id = :p order by changed_at desc, id desc limit 50
					""")
			.param("p", providerId)
			.query((rs, n) -> new Change(settings(rs), rs.getString("reason"), rs.getString("changed_by"),
					rs.getTimestamp("changed_at").toInstant()))
			.list();
	}

	public void insert(long providerId, ContactStandard.Settings s, String reason, String by) {
		jdbc.sql("""
				insert into contacts.standard_setting (provider_id, induction_working_days, intensive_weeks,
				    intensive_interval_days, tier_ab_interval_days, tier_c_interval_days, tier_d_interval_days,
				    maximum_gap_days, lost_days, reason, changed_by)
				values (:p, :induction, :weeks, :intensive, :ab, :c, :d, :gap, :lost, :reason, :by)
				""")
			.param("p", providerId)
			.param("induction", s.inductionWorkingDays())
			.param("weeks", s.intensiveWeeks())
			.param("intensive", s.intensiveIntervalDays())
			.param("ab", s.tierAbIntervalDays())
			.param("c", s.tierCIntervalDays())
			.param("d", s.tierDIntervalDays())
			.param("gap", s.maximumGapDays())
			.param("lost", s.lostDays())
			.param("reason", reason)
			.param("by", by)
			.update();
	}

	private static ContactStandard.Settings settings(ResultSet rs) throws SQLException {
		return new ContactStandard.Settings(rs.getInt("induction_working_days"), rs.getInt("intensive_weeks"),
				rs.getInt("intensive_interval_days"), rs.getInt("tier_ab_interval_days"),
				rs.getInt("tier_c_interval_days"), rs.getInt("tier_d_interval_days"), rs.getInt("maximum_gap_days"),
				rs.getInt("lost_days"));
	}

}
