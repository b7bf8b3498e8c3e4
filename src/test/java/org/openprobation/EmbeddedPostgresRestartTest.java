package org.openprobation;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded database keeps its data directory, so a restart keeps every record. */
class EmbeddedPostgresRestartTest {

	@TempDir
	Path dataDir;

	@Test
	void dataWrittenBeforeARestartIsThereAfterIt() throws Exception {
		EmbeddedPostgresConfiguration configuration = new EmbeddedPostgresConfiguration();
		try (EmbeddedPostgres first = configuration.embeddedPostgres(dataDir.toString(), false, 0)) {
			DataSource db = first.getPostgresDatabase();
			try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
				s.execute("create table kept (crn text primary key)");
				s.execute("insert into kept values ('X123456')");
			}
		}
		try (EmbeddedPostgres second = configuration.embeddedPostgres(dataDir.toString(), false, 0)) {
			try (Connection c = second.getPostgresDatabase().getConnection();
					Statement s = c.createStatement();
					ResultSet rs = s.executeQuery("select crn from kept")) {
				assertThat(rs.next()).isTrue();
				assertThat(rs.getString(1)).isEqualTo("X123456");
			}
		}
	}

	@Test
	void committedWorkIsWrittenToDiskBeforeTheCommitReturns() throws Exception {
		EmbeddedPostgresConfiguration configuration = new EmbeddedPostgresConfiguration();
		try (EmbeddedPostgres postgres = configuration.embeddedPostgres(dataDir.toString(), false, 0);
				Connection c = postgres.getPostgresDatabase().getConnection();
				Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("select current_setting('fsync'), current_setting('synchronous_commit'), "
						+ "current_setting('full_page_writes')")) {
			assertThat(rs.next()).isTrue();
			assertThat(rs.getString(1)).as("fsync").isEqualTo("on");
			assertThat(rs.getString(2)).as("synchronous_commit").isEqualTo("on");
			assertThat(rs.getString(3)).as("full_page_writes").isEqualTo("on");
		}
	}

	@Test
	void cleanOnStartBeginsWithAnEmptyDatabase() throws Exception {
		EmbeddedPostgresConfiguration configuration = new EmbeddedPostgresConfiguration();
		try (EmbeddedPostgres first = configuration.embeddedPostgres(dataDir.toString(), false, 0);
				Connection c = first.getPostgresDatabase().getConnection();
				Statement s = c.createStatement()) {
			s.execute("create table dropped (id int)");
		}
		try (EmbeddedPostgres clean = configuration.embeddedPostgres(dataDir.toString(), true, 0);
				Connection c = clean.getPostgresDatabase().getConnection();
				Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("select to_regclass('dropped') is null")) {
			assertThat(rs.next()).isTrue();
			assertThat(rs.getBoolean(1)).isTrue();
		}
	}

	@Test
	void sharedBuffersAreAQuarterOfTheMachineWithinLimitsUnlessSet() throws Exception {
		long quarter = EmbeddedPostgresConfiguration.Memory.physicalMb() / 4;
		assertThat(EmbeddedPostgresConfiguration.Memory.sharedBuffersMb(0))
			.isEqualTo(Math.max(128, Math.min(8192, quarter)));
		assertThat(EmbeddedPostgresConfiguration.Memory.sharedBuffersMb(300)).isEqualTo(300);
		assertThat(EmbeddedPostgresConfiguration.Memory.effectiveCacheSizeMb())
			.isGreaterThanOrEqualTo(EmbeddedPostgresConfiguration.Memory.sharedBuffersMb(0));
		try (EmbeddedPostgres server = new EmbeddedPostgresConfiguration().embeddedPostgres(dataDir.toString(), false,
				300);
				Connection c = server.getPostgresDatabase().getConnection();
				Statement s = c.createStatement();
				ResultSet rs = s
					.executeQuery("select setting::bigint * 8 / 1024 from pg_settings where name = 'shared_buffers'")) {
			assertThat(rs.next()).isTrue();
			assertThat(rs.getLong(1)).isEqualTo(300);
		}
	}

}
