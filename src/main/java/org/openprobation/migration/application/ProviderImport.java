package org.openprobation.migration.application;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import jakarta.annotation.PreDestroy;
import org.openprobation.access.AuditLog;
import org.openprobation.access.CurrentUser;
import org.openprobation.access.Role;
import org.openprobation.assessment.Assessments;
import org.openprobation.migration.domain.ImportRun;
import org.openprobation.migration.domain.ImportStatus;
import org.openprobation.migration.persistence.ImportRuns;
import org.openprobation.migration.persistence.ImportSet;
import org.openprobation.migration.persistence.SetLoader;
import org.openprobation.organisation.Organisation;
import org.openprobation.shared.NotFound;
import org.openprobation.shared.ProviderDataFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * A provider's import (ADR 30): the set is kept in a file while one background worker
 * checks it whole and loads it in one transaction (see {@link SetLoader}); the run is
 * written as it goes, so the administrator follows it and anyone sees how it ended. A set
 * already loaded is answered as such and changes nothing; a run whose instance stopped is
 * failed, with nothing written; after the load, the cases that came without a tier get
 * one, as any case does.
 */
@Service
public class ProviderImport {

	private static final Logger log = LoggerFactory.getLogger(ProviderImport.class);

	private final List<ProviderDataFiles> contributions;

	private final ImportRuns runs;

	private final DataSource dataSource;

	private final AuditLog audit;

	private final Clock clock;

	private final Organisation organisation;

	private final Assessments assessments;

	private final Path directory;

	/** A run nobody has worked on for this long stopped with its instance. */
	private final Duration silentAfter;

	// one import at a time on an instance: each holds a connection and a large
	// transaction
	private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
		Thread thread = new Thread(r, "provider-import");
		thread.setDaemon(true);
		return thread;
	});

	private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
		Thread thread = new Thread(r, "provider-import-heartbeat");
		thread.setDaemon(true);
		return thread;
	});

	ProviderImport(List<ProviderDataFiles> contributions, ImportRuns runs, DataSource dataSource, AuditLog audit,
			Clock clock, Organisation organisation, Assessments assessments,
			@Value("${openprobation.data-dir}") String dataDir,
			@Value("${openprobation.imports.silent-after:60s}") Duration silentAfter) {
		this.silentAfter = silentAfter;
		this.contributions = contributions;
		this.runs = runs;
		this.dataSource = dataSource;
		this.audit = audit;
		this.clock = clock;
		this.organisation = organisation;
		this.assessments = assessments;
		this.directory = Path.of(dataDir).toAbsolutePath().resolve("imports");
	}

	/**
	 * Only an administrator of the whole platform imports: a set brings in a provider the
	 * database does not hold yet.
	 */
	public void checkMayImport(CurrentUser user) {
		if (!user.has(Role.ADMIN) || user.providerId() != null) {
			throw new AccessDeniedException("Only an administrator of the whole platform imports a provider.");
		}
	}

	/** Keeps the set and starts its run; answers the run's id at once. */
	public UUID start(CurrentUser user, InputStream set, String fileName) throws IOException {
		checkMayImport(user);
		Files.createDirectories(directory);
		UUID id = UUID.randomUUID();
		Path file = directory.resolve(id + ".zip");
		long size = Files.copy(set, file, StandardCopyOption.REPLACE_EXISTING);
		String name = fileName.isBlank() ? "import.zip" : fileName.strip();
		runs.start(id, name.length() > 200 ? name.substring(0, 200) : name, size, user.username(), clock.instant());
		audit.record(user, "IMPORT_PROVIDER", null, "import " + id + " of " + size + " bytes started");
		// the heart beats from the moment the run is queued, so a run waiting behind
		// another is not taken for stopped
		long beat = Math.max(200, Math.min(10_000, silentAfter.toMillis() / 3));
		ScheduledFuture<?> beating = heartbeat.scheduleWithFixedDelay(() -> beat(id), beat, beat,
				TimeUnit.MILLISECONDS);
		worker.submit(() -> {
			try {
				run(id, file);
			}
			finally {
				beating.cancel(false);
			}
		});
		return id;
	}

	public ImportRun find(CurrentUser user, UUID id) {
		checkMayImport(user);
		runs.interrupt(clock.instant().minus(silentAfter), clock.instant());
		return runs.find(id).orElseThrow(() -> new NotFound("There is no import " + id));
	}

	public List<ImportRun> recent(CurrentUser user) {
		checkMayImport(user);
		runs.interrupt(clock.instant().minus(silentAfter), clock.instant());
		return runs.recent(50);
	}

	/** The files of format version 1, every module's. */
	List<ProviderDataFiles.DataFile> files() {
		List<ProviderDataFiles.DataFile> files = new ArrayList<>();
		contributions.forEach(c -> files.addAll(c.files()));
		return files;
	}

	void run(UUID id, Path file) {
		try (ImportSet set = ImportSet.open(file)) {
			runs.fingerprint(id, set.fingerprint(), set.providerCode());
			String fingerprint = set.fingerprint();
			Optional<UUID> earlier = set.problems().isEmpty() && fingerprint != null ? runs.loadedWith(fingerprint)
					: Optional.empty();
			if (earlier.isPresent()) {
				alreadyImported(id, earlier.get());
				return;
			}
			String code = set.providerCode();
			if (set.problems().isEmpty() && code != null && organisation.providerId(code).isPresent()) {
				runs.failed(id, "Provider " + code + " is already in this database, from another set or set up "
						+ "here. A set brings in a provider the database does not hold yet. Nothing was written.",
						List.of(), 0, clock.instant());
				return;
			}
			SetLoader.Outcome outcome;
			try (Connection connection = dataSource.getConnection()) {
				String[] lastStage = { "" };
				outcome = new SetLoader(files()).run(connection, set, id, (status, percent, stage) -> {
					if (!stage.equals(lastStage[0])) {
						log.info("Import {}: {} ({}%)", id, stage, percent);
						lastStage[0] = stage;
					}
					runs.progress(id, status, percent, stage, clock.instant());
				});
			}
			if (outcome.alreadyImported()) {
				alreadyImported(id, runs.loadedWith(String.valueOf(fingerprint)).orElse(null));
			}
			else if (!outcome.loaded()) {
				long count = outcome.errors().count();
				runs.failed(id, "The set was refused: " + count + (count == 1 ? " error" : " errors")
						+ ". Nothing was written.", outcome.errors().kept(), count, clock.instant());
			}
			else {
				finishLoaded(id, String.valueOf(code), outcome);
			}
		}
		catch (Exception ex) {
			log.warn("Import {} stopped", id, ex);
			runs.failed(id,
					"The import stopped (" + ex.getClass().getSimpleName()
							+ "). Nothing of the set was written; the platform's log says why.",
					List.of(), 0, clock.instant());
		}
		finally {
			try {
				Files.deleteIfExists(file);
			}
			catch (IOException ex) {
				log.warn("Import {}: the set's file {} could not be removed", id, file);
			}
		}
	}

	private void alreadyImported(UUID id, UUID earlier) {
		runs.done(id, "This set was already imported (import " + earlier + "); nothing was changed.", earlier,
				java.util.Map.of(), clock.instant());
	}

	/** After the load: the cases without a tier get one, and the run is done. */
	private void finishLoaded(UUID id, String providerCode, SetLoader.Outcome outcome) {
		runs.progress(id, ImportStatus.LOADING, 99, "Computing the tiers of cases that came without one",
				clock.instant());
		long providerId = organisation.providerId(providerCode)
			.orElseThrow(() -> new IllegalStateException("The provider loaded is not in the database"));
		int tiered = assessments.computeMissingTiers(providerId, "Imported: no tier came with the case");
		long rows = outcome.counts().values().stream().mapToLong(Long::longValue).sum();
		audit.recordBySystem("PROVIDER_IMPORTED",
				"import " + id + " loaded provider " + providerCode + ": " + rows + " records");
		runs.done(id,
				"Provider " + providerCode + " was imported: " + rows + " records from " + outcome.counts().size()
						+ " files; " + tiered + " cases without a tier had one computed.",
				null, outcome.counts(), clock.instant());
	}

	private void beat(UUID id) {
		try {
			runs.heartbeat(id, clock.instant());
		}
		catch (RuntimeException ex) {
			log.debug("Import {}: heartbeat not written: {}", id, ex.getMessage());
		}
	}

	/**
	 * At start: a run whose set was loaded but whose tiers were not computed (the
	 * instance stopped in between) is finished now.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void finishLoadedRuns() {
		// sets kept for runs this instance had not finished when it stopped: those runs
		// failed with it
		if (Files.isDirectory(directory)) {
			try (java.util.stream.Stream<Path> left = Files.list(directory)) {
				left.filter(p -> p.getFileName().toString().endsWith(".zip")).forEach(p -> p.toFile().delete());
			}
			catch (IOException ex) {
				log.warn("Imports: the sets left in {} could not be removed", directory);
			}
		}
		for (ImportRuns.Loaded loaded : runs.loadedNotFinished()) {
			Optional<Long> providerId = organisation.providerId(loaded.providerCode());
			if (providerId.isPresent()) {
				int tiered = assessments.computeMissingTiers(providerId.get(), "Imported: no tier came with the case");
				long rows = loaded.counts().values().stream().mapToLong(Long::longValue).sum();
				runs.done(
						loaded.runId(), "Provider " + loaded.providerCode() + " was imported: " + rows + " records; "
								+ tiered + " cases without a tier had one computed.",
						null, loaded.counts(), clock.instant());
			}
		}
	}

	@PreDestroy
	void stop() {
		worker.shutdownNow();
		heartbeat.shutdownNow();
	}

}
