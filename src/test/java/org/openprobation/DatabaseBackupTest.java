package org.openprobation;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The backup of the demo database restores into a fresh embedded PostgreSQL with every
 * row.
 */
@IntegrationTest
class DatabaseBackupTest {

	@Autowired
	DataSource dataSource;

	@TempDir
	Path temp;

	@Test
	void aBackupRestoresIntoAFreshDatabaseWithTheSameCounts() throws Exception {
		Path backup = temp.resolve("backup");
		Map<String, Long> dumped = DatabaseBackup.dump(dataSource, backup);
		assertThat(dumped).containsKeys("people.person", "contacts.contact", "access.audit_event");
		assertThat(dumped.get("people.person")).isGreaterThan(29_000);
		try (EmbeddedPostgres fresh = EmbeddedPostgres.builder()
			.setDataDirectory(temp.resolve("restored"))
			.setCleanDataDirectory(true)
			.start()) {
			DataSource target = fresh.getPostgresDatabase();
			Flyway.configure().dataSource(target).locations("classpath:db/migration").load().migrate();
			Map<String, Long> restored = DatabaseBackup.restore(target, backup);
			assertThat(restored).isEqualTo(dumped);
			assertThat(counts(target, dumped)).isEqualTo(dumped);
			// identities continue after the highest restored id
			try (Connection c = target.getConnection(); Statement s = c.createStatement()) {
				s.execute("insert into organisation.provider (code, name, type) values ('NEW', 'New provider', 'CRC')");
				try (ResultSet rs = s
					.executeQuery("select id > (select max(id) from organisation.provider where code <> 'NEW') "
							+ "from organisation.provider where code = 'NEW'")) {
					rs.next();
					assertThat(rs.getBoolean(1)).isTrue();
				}
			}
			// a second restore into a database holding data is refused and changes
			// nothing
			long before = counts(target, Map.of("people.person", 0L)).get("people.person");
			assertThatThrownBy(() -> DatabaseBackup.restore(target, backup)).hasMessageContaining("already holds data");
			assertThat(counts(target, Map.of("people.person", 0L)).get("people.person")).isEqualTo(before);
		}
	}

	private static Map<String, Long> counts(DataSource dataSource, Map<String, Long> tables) throws Exception {
		Map<String, Long> counts = new LinkedHashMap<>();
		try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
			for (String table : tables.keySet()) {
				try (ResultSet rs = s.executeQuery("select count(*) from " + table)) {
					rs.next();
					counts.put(table, rs.getLong(1));
				}
			}
		}
		return counts;
	}

}
