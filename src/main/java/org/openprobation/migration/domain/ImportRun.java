package org.openprobation.migration.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One run of an import: where it is, how far (0 to 100, and what it is doing), the rows
 * loaded from each file, and on failure the errors found (the first
 * {@link ImportErrors#LIMIT}, and how many in all).
 */
public record ImportRun(UUID id, ImportStatus status, int progress, @Nullable String stage, String fileName,
		long sizeBytes, @Nullable String providerCode, Map<String, Long> counts, List<ImportError> errors,
		int errorCount, @Nullable String message, @Nullable UUID alreadyImportedAs, String startedBy, Instant startedAt,
		@Nullable Instant finishedAt) {

	public ImportRun {
		counts = Map.copyOf(counts);
		errors = List.copyOf(errors);
	}

	/** Whether more errors were found than are listed. */
	public boolean moreErrors() {
		return errorCount > errors.size();
	}

	/** The run's status in words, as a page shows it. */
	public String statusLabel() {
		return switch (status) {
			case VALIDATING -> "Checking";
			case LOADING -> "Loading";
			case DONE -> alreadyImportedAs != null ? "Already imported" : "Imported";
			case FAILED -> "Failed";
		};
	}

	/** The colour of the status tag (GOV.UK tag modifiers). */
	public String statusColour() {
		return switch (status) {
			case VALIDATING, LOADING -> "blue";
			case DONE -> "green";
			case FAILED -> "red";
		};
	}

	public long totalRows() {
		return counts.values().stream().mapToLong(Long::longValue).sum();
	}

}
