package org.openprobation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
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
			@Value("${openprobation.embedded-database.clean-on-start:false}") boolean cleanOnStart) throws IOException {
		Path pgData = Path.of(dataDir).toAbsolutePath().resolve("postgres");
		if (cleanOnStart) {
			deleteRecursively(pgData);
		}
		Files.createDirectories(pgData.getParent());
		boolean existing = Files.exists(pgData.resolve("PG_VERSION"));
		log.info("Embedded PostgreSQL: {} data directory {}", existing ? "reusing" : "creating", pgData);
		return EmbeddedPostgres.builder()
			.setDataDirectory(pgData)
			.setCleanDataDirectory(false)
			.setServerConfig("max_connections", "200")
			.setServerConfig("shared_buffers", "256MB")
			.setServerConfig("work_mem", "16MB")
			.setServerConfig("maintenance_work_mem", "256MB")
			.setServerConfig("max_wal_size", "2GB")
			.setServerConfig("synchronous_commit", "on")
			.setPGStartupWait(java.time.Duration.ofSeconds(60))
			.start();
	}

	@Bean
	DataSource dataSource(EmbeddedPostgres postgres,
			@Value("${spring.datasource.hikari.maximum-pool-size:20}") int maximumPoolSize,
			@Value("${spring.datasource.hikari.connection-timeout:5000}") long connectionTimeout) {
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
		config.setUsername("postgres");
		config.setPassword("postgres");
		config.setMaximumPoolSize(maximumPoolSize);
		config.setPoolName("openprobation-embedded");
		// a request waits at most this long for a connection, then answers 503 (the
		// database is unreachable)
		config.setConnectionTimeout(connectionTimeout);
		return new HikariDataSource(config);
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

}
