package org.openprobation.access.persistence;

import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.openprobation.access.AuditEvent;
import org.openprobation.access.AuditFilter;
import org.openprobation.shared.PageOf;
import org.openprobation.shared.PageRequest;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class AuditRepository {

	private static final String FILTER = """
			from access.audit_event
			where (:username::text is null or username = :username)
			  and (:crn::text is null or crn = :crn or shown_crns @> array[:crn::text])
			  and (:action::text is null or action = :action)
			  and (:from::date is null or at >= :from::date)
			  and (:to::date is null or at < :to::date + 1)
			  and (crn is null or crn <> all(:hidden))
			""";

	private final JdbcClient jdbc;

	AuditRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(String username, String action, @Nullable String crn, String detail) {
		jdbc.sql(
				"insert into access.audit_event (username, action, crn, detail) values (:username, :action, :crn, :detail)")
			.param("username", username)
			.param("action", action)
			.param("crn", crn)
			.param("detail", detail.length() > 2000 ? detail.substring(0, 2000) : detail)
			.update();
	}

	public void insertShown(String username, String action, @Nullable String crn, String detail, List<String> crns) {
		jdbc.sql("""
				insert into access.audit_event (username, action, crn, detail, shown_crns)
				values (:username, :action, :crn, :detail, :crns)
				""")
			.param("username", username)
			.param("action", action)
			.param("crn", crn)
			.param("detail", detail.length() > 2000 ? detail.substring(0, 2000) : detail)
			.param("crns", crns.toArray(String[]::new))
			.update();
	}

	/** A page of events, leaving out those about the {@code hidden} CRNs. */
	public PageOf<AuditEvent> search(AuditFilter filter, PageRequest page, java.util.Collection<String> hidden) {
		java.util.Map<String, Object> params = params(filter);
		params.put("hidden", hidden.toArray(String[]::new));
		long total = jdbc.sql("select count(*) " + FILTER).params(params).query(Long.class).single();
		List<AuditEvent> events = jdbc
			.sql("select id, at, username, action, crn, detail " + FILTER
					+ " order by at desc, id desc limit :limit offset :offset")
			.params(params)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, n) -> new AuditEvent(rs.getLong("id"), rs.getObject("at", OffsetDateTime.class),
					rs.getString("username"), rs.getString("action"), rs.getString("crn"), rs.getString("detail")))
			.list();
		return new PageOf<>(events, page.page(), page.size(), total);
	}

	public List<String> actions() {
		return jdbc.sql("select distinct action from access.audit_event order by action").query(String.class).list();
	}

	private static java.util.Map<String, Object> params(AuditFilter f) {
		java.util.Map<String, Object> params = new java.util.HashMap<>();
		params.put("username", blankToNull(f.username()));
		params.put("crn", blankToNull(f.crn()));
		params.put("action", blankToNull(f.action()));
		params.put("from", f.from());
		params.put("to", f.to());
		return params;
	}

	private static @Nullable String blankToNull(@Nullable String s) {
		return (s == null || s.isBlank()) ? null : s.strip();
	}

}
