package org.openprobation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Starts an embedded PostgreSQL 17 (the zonky binaries from Maven Central) when no
 * {@code spring.datasource.url} is given, keeping its files under the data directory so
 * that data survives restarts. With {@code SPRING_DATASOURCE_URL} set, this stays out of
 * the way and Spring Boot connects to that server instead.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedPostgresConfiguration.NoExternalDatabase.class)
public class EmbeddedPostgresConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(@Value("${openprobation.data-dir}") String dataDir,
			@Value("${openprobation.embedded-database.clean-on-start:false}") boolean cleanOnStart,
			@Value("${openprobation.embedded-database.shared-buffers-mb:0}") long sharedBuffersMb) throws IOException {
		Path pgData = Path.of(dataDir).toAbsolutePath().resolve("postgres");
		if (cleanOnStart) {
			deleteRecursively(pgData);
		}
		Files.createDirectories(pgData.getParent());
		boolean existing = Files.exists(pgData.resolve("PG_VERSION"));
		if (existing) {
			stopOrphanedServer(pgData);
		}
		log.info("Embedded PostgreSQL: {} data directory {}, shared buffers {} MB", existing ? "reusing" : "creating",
				pgData, Memory.sharedBuffersMb(sharedBuffersMb));
		EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setDataDirectory(pgData)
			.setCleanDataDirectory(false)
			.setServerConfig("max_connections", "200")
			.setServerConfig("shared_buffers", Memory.sharedBuffersMb(sharedBuffersMb) + "MB")
			.setServerConfig("work_mem", "16MB")
			.setServerConfig("maintenance_work_mem", "256MB")
			.setServerConfig("max_wal_size", "2GB")
			// the embedded server's library starts PostgreSQL with fsync off (it is made
			// for throwaway test databases); a power cut or a crash of the machine would
			// then lose committed work or corrupt the database, so it is turned back on
			.setServerConfig("fsync", "on")
			.setServerConfig("synchronous_commit", "on")
			// the working set lives in memory on an SSD: an index look-up is not four
			// times a
			// sequential read, so a provider's slice is read by index, not by scanning
			// the country
			.setServerConfig("random_page_cost", "1.1")
			.setServerConfig("effective_cache_size", Memory.effectiveCacheSizeMb() + "MB")
			.setPGStartupWait(java.time.Duration.ofSeconds(60))
			.start();
		requirePasswords(postgres, pgData);
		return postgres;
	}

	/** The role the application connects as (ADR 17): no superuser, no owner. */
	public static final String APPLICATION_ROLE = "openprobation_app";

	/**
	 * Every role but the superuser signs in with its password (the library's initdb
	 * trusts every local connection). The superuser stays trusted from this machine only:
	 * the library's own start-up check signs in as it without a password, and migrations
	 * and backups run as it.
	 */
	private static void requirePasswords(EmbeddedPostgres postgres, Path pgData) throws IOException {
		Files.writeString(pgData.resolve("pg_hba.conf"), """
				# Written by OpenProbation at each start (ADR 17)
				local   all             postgres                                trust
				host    all             postgres        127.0.0.1/32            trust
				host    all             postgres        ::1/128                 trust
				local   all             all                                     scram-sha-256
				host    all             all             127.0.0.1/32            scram-sha-256
				host    all             all             ::1/128                 scram-sha-256
				local   replication     postgres                                trust
				host    replication     postgres        127.0.0.1/32            trust
				""");
		try (java.sql.Connection c = postgres.getPostgresDatabase().getConnection();
				java.sql.Statement s = c.createStatement()) {
			s.execute("select pg_reload_conf()");
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException("The embedded database's sign-in rules could not be loaded", ex);
		}
	}

	/**
	 * The schemas' owner, for Flyway and backups: the embedded server's superuser, used
	 * for nothing else.
	 */
	@Bean
	@org.springframework.boot.flyway.autoconfigure.FlywayDataSource
	DataSource databaseOwner(EmbeddedPostgres postgres) {
		return postgres.getPostgresDatabase();
	}

	/**
	 * The application's pool, connected as {@link #APPLICATION_ROLE} with a password made
	 * afresh at each start and known only to this process.
	 */
	@Bean
	@org.springframework.context.annotation.Primary
	DataSource dataSource(EmbeddedPostgres postgres,
			@Value("${spring.datasource.hikari.maximum-pool-size:20}") int maximumPoolSize,
			@Value("${spring.datasource.hikari.connection-timeout:5000}") long connectionTimeout) {
		HikariConfig config = new HikariConfig();
		String password = java.util.HexFormat.of().formatHex(randomBytes());
		try (java.sql.Connection c = postgres.getPostgresDatabase().getConnection();
				java.sql.Statement s = c.createStatement()) {
			s.execute("""
					do $$ begin
					  if not exists (select 1 from pg_roles where rolname = '%1$s') then
					    create role %1$s login;
					  end if;
					end $$""".formatted(APPLICATION_ROLE));
			// the password is hexadecimal: nothing in it needs quoting
			s.execute("alter role " + APPLICATION_ROLE + " login nosuperuser password '" + password + "'");
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException("The embedded database's application role could not be set up", ex);
		}
		config.setJdbcUrl(postgres.getJdbcUrl(APPLICATION_ROLE, "postgres"));
		config.setUsername(APPLICATION_ROLE);
		config.setPassword(password);
		config.setMaximumPoolSize(maximumPoolSize);
		config.setPoolName("openprobation-embedded");
		// a request waits at most this long for a connection, then answers 503 (the
		// database is unreachable)
		config.setConnectionTimeout(connectionTimeout);
		return new HikariDataSource(config);
	}

	private static byte[] randomBytes() {
		byte[] bytes = new byte[24];
		new java.security.SecureRandom().nextBytes(bytes);
		return bytes;
	}

	/**
	 * An instance killed without shutting down (kill -9, a power cut of the JVM alone)
	 * leaves its PostgreSQL server running on the data directory, and no new server can
	 * start there. The embedded database's lock file tells the two cases apart: while an
	 * instance runs, it holds the lock; when it has died, the lock is free and the server
	 * left behind is stopped (PostgreSQL's own shutdown, so nothing committed is lost and
	 * nothing uncommitted survives). A directory another running instance holds is
	 * refused with a clear message.
	 */
	static void stopOrphanedServer(Path pgData) throws IOException {
		Path pidFile = pgData.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		List<String> lines = Files.readAllLines(pidFile);
		if (lines.size() < 2 || !lines.get(0).strip().matches("\\d{1,10}")) {
			return;
		}
		long pid = Long.parseLong(lines.get(0).strip());
		Optional<ProcessHandle> server = ProcessHandle.of(pid)
			.filter(ProcessHandle::isAlive)
			.filter(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(false))
			.filter(p -> p.info().arguments().map(a -> servesDirectory(a, pgData)).orElse(false));
		if (server.isEmpty()) {
			return; // a stale pid file: PostgreSQL sees the process is gone and starts
		}
		try (FileChannel channel = FileChannel.open(pgData.resolve("epg-lock"), StandardOpenOption.CREATE,
				StandardOpenOption.WRITE); FileLock lock = channel.tryLock()) {
			if (lock == null) {
				throw new IllegalStateException("The embedded database in " + pgData
						+ " is in use by another running OpenProbation. Stop it, or give this one its own "
						+ "OPENPROBATION_DATA_DIR.");
			}
			log.warn("Embedded PostgreSQL: the server (pid {}) left running on {} by an instance that stopped "
					+ "without shutting down is being stopped", pid, pgData);
			server.get().destroy(); // SIGTERM: PostgreSQL's smart shutdown; its clients
									// died with that instance
			try {
				server.get().onExit().get(60, TimeUnit.SECONDS);
			}
			catch (TimeoutException ex) {
				log.warn("Embedded PostgreSQL: the server left running did not stop in 60 s; killing it (PostgreSQL "
						+ "recovers from its write-ahead log on the next start)");
				server.get().destroyForcibly();
				server.get().onExit().get(30, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while stopping the embedded database left running", ex);
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new IllegalStateException("The embedded database left running on " + pgData + " could not be stopped",
					ex);
		}
	}

	/** Whether a postgres command line's -D names this data directory. */
	static boolean servesDirectory(String[] arguments, Path pgData) {
		Path wanted = pgData.toAbsolutePath().normalize();
		for (int i = 0; i + 1 < arguments.length; i++) {
			if ("-D".equals(arguments[i])) {
				try {
					return Path.of(arguments[i + 1]).toAbsolutePath().normalize().equals(wanted);
				}
				catch (java.nio.file.InvalidPathException ex) {
					return false;
				}
			}
		}
		return false;
	}

	private static void deleteRecursively(Path path) throws IOException {
		if (!Files.exists(path)) {
			return;
		}
		try (Stream<Path> walk = Files.walk(path)) {
			walk.sorted(Comparator.reverseOrder()).forEach(p -> {
				try {
					Files.delete(p);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
	}

	static class NoExternalDatabase implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
		}

	}

	/**
	 * PostgreSQL's memory sized to the machine as its documentation advises: shared
	 * buffers a quarter of the memory (at least 128 MB, at most 8 GB), the planner told
	 * the operating system caches about half. With a fixed 256 MB the national data (7
	 * GB) was read back from the operating system for every manager's figures.
	 */
	static final class Memory {

		private static final long MB = 1024 * 1024;

		static long physicalMb() {
			if (java.lang.management.ManagementFactory
				.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
				return os.getTotalMemorySize() / MB;
			}
			return 4096;
		}

		static long sharedBuffersMb(long configuredMb) {
			if (configuredMb > 0) {
				return configuredMb;
			}
			return Math.max(128, Math.min(8192, physicalMb() / 4));
		}

		static long effectiveCacheSizeMb() {
			return Math.max(512, physicalMb() / 2);
		}

		private Memory() {
		}

	}

}
