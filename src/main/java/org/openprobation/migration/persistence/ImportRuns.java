package org.openprobation.migration.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openprobation.migration.domain.ImportError;
import org.openprobation.migration.domain.ImportRun;
import org.openprobation.migration.domain.ImportStatus;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The import runs: each written as it moves on, outside the transaction that loads its
 * set, so that anyone can follow it while it runs and see how it ended.
 */
@Repository
public class ImportRuns {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	ImportRuns(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void start(UUID id, String fileName, long sizeBytes, String startedBy, Instant at) {
		jdbc.sql(
				"""
						insert into migration.import_run (id, status, stage, file_name, size_bytes, started_by, started_at, heartbeat_at)
						values (:id, 'VALIDATING', 'Waiting to start', :file, :size, :by, :at, :at)""")
			.param("id", id)
			.param("file", fileName)
			.param("size", sizeBytes)
			.param("by", startedBy)
			.param("at", Timestamp.from(at))
			.update();
	}

	/** How far a run has got; a run already finished stays as it ended. */
	public void progress(UUID id, ImportStatus status, int percent, String stage, Instant at) {
		jdbc.sql(
				"""
						update migration.import_run set status = :status, progress = greatest(progress, :percent), stage = :stage,
						  heartbeat_at = :at where id = :id and finished_at is null""")
			.param("status", status.name())
			.param("percent", Math.max(0, Math.min(100, percent)))
			.param("stage", stage)
			.param("at", Timestamp.from(at))
			.param("id", id)
			.update();
	}

	/** The run is still being worked on (a long check says nothing for a while). */
	public void heartbeat(UUID id, Instant at) {
		jdbc.sql("update migration.import_run set heartbeat_at = :at where id = :id and finished_at is null")
			.param("at", Timestamp.from(at))
			.param("id", id)
			.update();
	}

	public void fingerprint(UUID id, @Nullable String fingerprint, @Nullable String providerCode) {
		jdbc.sql("update migration.import_run set fingerprint = :fingerprint, provider_code = :provider where id = :id")
			.param("fingerprint", fingerprint)
			.param("provider", providerCode)
			.param("id", id)
			.update();
	}

	public void done(UUID id, String message, @Nullable UUID alreadyImportedAs, Map<String, Long> counts, Instant at) {
		jdbc.sql("""
				update migration.import_run set status = 'DONE', progress = 100, stage = null, message = :message,
				  already_imported_as = :already, counts = :counts::jsonb, finished_at = :at, heartbeat_at = :at
				where id = :id and finished_at is null""")
			.param("message", message)
			.param("already", alreadyImportedAs)
			.param("counts", JSON.writeValueAsString(counts))
			.param("at", Timestamp.from(at))
			.param("id", id)
			.update();
	}

	public void failed(UUID id, String message, List<ImportError> errors, long errorCount, Instant at) {
		jdbc.sql("""
				update migration.import_run set status = 'FAILED', stage = null, message = :message,
				  errors = :errors::jsonb, error_count = :count, finished_at = :at, heartbeat_at = :at
				where id = :id and finished_at is null""")
			.param("message", message)
			.param("errors", JSON.writeValueAsString(errors))
			.param("count", (int) Math.min(Integer.MAX_VALUE, errorCount))
			.param("at", Timestamp.from(at))
			.param("id", id)
			.update();
	}

	public Optional<ImportRun> find(UUID id) {
		return jdbc.sql("select * from migration.import_run where id = :id")
			.param("id", id)
			.query(ImportRuns::run)
			.optional();
	}

	public List<ImportRun> recent(int limit) {
		return jdbc.sql("select * from migration.import_run order by started_at desc, id limit :limit")
			.param("limit", limit)
			.query(ImportRuns::run)
			.list();
	}

	/** The run that loaded a set with this fingerprint, if one did. */
	public Optional<UUID> loadedWith(String fingerprint) {
		return jdbc.sql("select run_id from migration.loaded_set where fingerprint = :fingerprint")
			.param("fingerprint", fingerprint)
			.query(UUID.class)
			.optional();
	}

	/**
	 * A set loaded whose run did not finish (tiers), with the rows loaded from each file.
	 */
	public record Loaded(UUID runId, String providerCode, Map<String, Long> counts) {
	}

	public List<Loaded> loadedNotFinished() {
		return jdbc
			.sql("select l.run_id, l.provider_code, l.counts from migration.loaded_set l "
					+ "join migration.import_run r on r.id = l.run_id where r.finished_at is null")
			.query((rs, row) -> new Loaded(rs.getObject(1, UUID.class), rs.getString(2), counts(rs.getString(3))))
			.list();
	}

	private static Map<String, Long> counts(String json) {
		return new LinkedHashMap<>(JSON.readValue(json, new TypeReference<LinkedHashMap<String, Long>>() {
		}));
	}

	/**
	 * Runs not loaded that nobody has worked on since a time: the instance running them
	 * stopped, and their transaction with it, so nothing of them was written.
	 */
	public int interrupt(Instant silentSince, Instant at) {
		return jdbc
			.sql("""
					update migration.import_run set status = 'FAILED', stage = null, finished_at = :at,
					  message = 'The platform stopped while this import ran. Nothing of the set was written; import it again.'
					where finished_at is null and heartbeat_at < :since
					 and not exists (select 1 from migration.loaded_set l where l.run_id = import_run.id)""")
			.param("at", Timestamp.from(at))
			.param("since", Timestamp.from(silentSince))
			.update();
	}

	private static ImportRun run(ResultSet rs, int row) throws SQLException {
		Map<String, Long> counts = counts(rs.getString("counts"));
		List<ImportError> errors = new ArrayList<>(
				JSON.readValue(rs.getString("errors"), new TypeReference<List<ImportError>>() {
				}));
		Timestamp finished = rs.getTimestamp("finished_at");
		return new ImportRun(rs.getObject("id", UUID.class), ImportStatus.valueOf(rs.getString("status")),
				rs.getInt("progress"), rs.getString("stage"), rs.getString("file_name"), rs.getLong("size_bytes"),
				rs.getString("provider_code"), counts, errors, rs.getInt("error_count"), rs.getString("message"),
				rs.getObject("already_imported_as", UUID.class), rs.getString("started_by"),
				rs.getTimestamp("started_at").toInstant(), finished == null ? null : finished.toInstant());
	}

}
