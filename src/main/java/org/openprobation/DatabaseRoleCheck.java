package org.openprobation;

import org.openprobation.access.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Says in the log, at every start, when the application connects to PostgreSQL as a role
 * that could change or delete the audit trail (a superuser, its owner, or one granted
 * updates on it): on an external database, connect as {@code openprobation_app} (ADR 17).
 */
@Component
class DatabaseRoleCheck {

	private static final Logger log = LoggerFactory.getLogger(DatabaseRoleCheck.class);

	private final JdbcClient jdbc;

	DatabaseRoleCheck(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener(ApplicationReadyEvent.class)
	void check() {
		record Role(String name, boolean mayRewriteAudit) {
		}
		Role role = jdbc.sql("""
				select current_user as name,
				       (select rolsuper from pg_roles where rolname = current_user)
				       or has_table_privilege(:trail, 'UPDATE') or has_table_privilege(:trail, 'DELETE') as may_rewrite
				""")
			.param("trail", AuditLog.TABLE)
			.query((rs, n) -> new Role(rs.getString("name"), rs.getBoolean("may_rewrite")))
			.single();
		if (role.mayRewriteAudit()) {
			log.warn(
					"The application connects to PostgreSQL as {}, which can change or delete the audit trail: "
							+ "connect it as {} and run the migrations as the owner (SPRING_FLYWAY_USER), ADR 17",
					role.name(), EmbeddedPostgresConfiguration.APPLICATION_ROLE);
		}
	}

}
