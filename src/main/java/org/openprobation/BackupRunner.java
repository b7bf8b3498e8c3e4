package org.openprobation;

import java.nio.file.Path;
import java.util.Map;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code --openprobation.backup.dump-to=DIR} writes a backup and stops;
 * {@code --openprobation.backup.restore-from=DIR} restores one into this (empty) database
 * and stops. Both run before anything else, demo data included (README, "Backup and
 * restore").
 */
@Component
@Order(0)
class BackupRunner implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(BackupRunner.class);

	private final DataSource dataSource;

	private final ConfigurableApplicationContext context;

	private final String dumpTo;

	private final String restoreFrom;

	/**
	 * Backups run as the schemas' owner where there is one (the embedded database): the
	 * application's own role may not restore the audit trail.
	 */
	BackupRunner(DataSource dataSource,
			@org.springframework.beans.factory.annotation.Qualifier("databaseOwner") org.springframework.beans.factory.ObjectProvider<DataSource> owner,
			ConfigurableApplicationContext context, @Value("${openprobation.backup.dump-to:}") String dumpTo,
			@Value("${openprobation.backup.restore-from:}") String restoreFrom) {
		this.dataSource = owner.getIfAvailable(() -> dataSource);
		this.context = context;
		this.dumpTo = dumpTo;
		this.restoreFrom = restoreFrom;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (dumpTo.isBlank() && restoreFrom.isBlank()) {
			return;
		}
		int code = 0;
		long started = System.nanoTime();
		try {
			if (!dumpTo.isBlank()) {
				Map<String, Long> counts = DatabaseBackup.dump(dataSource, Path.of(dumpTo));
				long rows = counts.values().stream().mapToLong(Long::longValue).sum();
				log.info("Backup: {} tables, {} rows written to {} in {} ms", counts.size(), rows,
						Path.of(dumpTo).toAbsolutePath(), (System.nanoTime() - started) / 1_000_000);
			}
			else {
				Map<String, Long> counts = DatabaseBackup.restore(dataSource, Path.of(restoreFrom));
				long rows = counts.values().stream().mapToLong(Long::longValue).sum();
				long millis = (System.nanoTime() - started) / 1_000_000;
				log.info("Restore: {} tables, {} rows restored from {} in {} ms ({} rows a second, by binary COPY)",
						counts.size(), rows, Path.of(restoreFrom).toAbsolutePath(), millis,
						millis == 0 ? rows : rows * 1000 / millis);
			}
		}
		catch (RuntimeException ex) {
			log.error("{}", ex.getMessage());
			code = 1;
		}
		int exit = code;
		System.exit(SpringApplication.exit(context, () -> exit));
	}

}
