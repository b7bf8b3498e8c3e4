package org.openprobation.access;

import java.sql.DriverManager;
import java.util.List;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.openprobation.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Audit you can trust (issue 24, item 3; ADR 17): the application connects as a role that
 * is no superuser and can add to the audit trail but never change or remove it, and that
 * role signs in with a password.
 */
@IntegrationTest
class ApplicationRoleTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Test
	void theApplicationIsNoSuperuserAndOwnsNothing() {
		assertThat(jdbc.sql("select current_user").query(String.class).single()).isEqualTo("openprobation_app");
		assertThat(jdbc.sql("select rolsuper from pg_roles where rolname = current_user").query(Boolean.class).single())
			.isFalse();
		assertThat(jdbc.sql("""
				select count(*) from pg_tables
				where schemaname not in ('pg_catalog', 'information_schema') and tableowner = current_user
				""").query(Integer.class).single()).isZero();
	}

	@Test
	void theApplicationAddsToTheAuditTrailButCannotChangeOrRemoveIt() {
		jdbc.sql("insert into access.audit_event (username, action, detail) values ('test', 'TEST', 'kept')").update();
		for (String change : List.of("update access.audit_event set detail = 'changed' where action = 'TEST'",
				"delete from access.audit_event where action = 'TEST'", "truncate access.audit_event")) {
			assertThatThrownBy(() -> jdbc.sql(change).update()).as(change)
				.isInstanceOf(DataAccessException.class)
				.hasRootCauseMessage("ERROR: permission denied for table audit_event");
		}
		assertThat(jdbc.sql("select count(*) from access.audit_event where action = 'TEST' and detail = 'kept'")
			.query(Integer.class)
			.single()).isPositive();
	}

	@Test
	void theApplicationMayUseEveryTableOfThePlatform() {
		List<String> ungranted = jdbc
			.sql("""
					select schemaname || '.' || tablename from pg_tables
					where schemaname in ('access', 'allocation', 'assessment', 'contacts', 'demo', 'enforcement', 'inspection',
					                     'interventions', 'organisation', 'oversight', 'people', 'planning', 'reporting',
					                     'sentences', 'unpaidwork')
					  and not (has_table_privilege(schemaname || '.' || tablename, 'SELECT')
					           and has_table_privilege(schemaname || '.' || tablename, 'INSERT'))
					""")
			.query(String.class)
			.list();
		assertThat(ungranted).as("tables a new migration forgot to grant openprobation_app").isEmpty();
	}

	@Test
	void theApplicationsRoleSignsInOnlyWithItsPassword() {
		String url = ((HikariDataSource) dataSource).getJdbcUrl();
		assertThatThrownBy(() -> DriverManager.getConnection(url, "openprobation_app", "not-the-password").close())
			.hasMessageContaining("password authentication failed");
	}

}
