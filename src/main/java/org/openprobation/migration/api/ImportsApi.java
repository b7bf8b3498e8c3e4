package org.openprobation.migration.api;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.openprobation.access.CurrentUser;
import org.openprobation.access.Users;
import org.openprobation.migration.application.ProviderImport;
import org.openprobation.migration.domain.ImportError;
import org.openprobation.migration.domain.ImportRun;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Migration")
class ImportsApi {

	private final ProviderImport imports;

	private final Users users;

	ImportsApi(ProviderImport imports, Users users) {
		this.imports = imports;
		this.users = users;
	}

	private static final MediaType ZIP = MediaType.parseMediaType("application/zip");

	record ImportStarted(String id) {
	}

	record ImportErrorResponse(String file, @Nullable Long line, @Nullable String column, String message) {

		static ImportErrorResponse of(ImportError error) {
			return new ImportErrorResponse(error.file(), error.line(), error.column(), error.message());
		}

	}

	/**
	 * A run: {@code progress} is 0 to 100; {@code counts} the rows loaded from each file;
	 * {@code errors} the first 1,000 things wrong, {@code errorCount} how many in all.
	 */
	record ImportResponse(String id, String status, int progress, @Nullable String stage, String fileName,
			long sizeBytes, @Nullable String provider, Map<String, Long> counts, List<ImportErrorResponse> errors,
			int errorCount, @Nullable String message, boolean alreadyImported, @Nullable String alreadyImportedAs,
			String startedBy, Instant startedAt, @Nullable Instant finishedAt) {

		static ImportResponse of(ImportRun run) {
			return new ImportResponse(run.id().toString(), run.status().name(), run.progress(), run.stage(),
					run.fileName(), run.sizeBytes(), run.providerCode(), run.counts(),
					run.errors().stream().map(ImportErrorResponse::of).toList(), run.errorCount(), run.message(),
					run.alreadyImportedAs() != null,
					run.alreadyImportedAs() == null ? null : run.alreadyImportedAs().toString(), run.startedBy(),
					run.startedAt(), run.finishedAt());
		}

	}

	@PostMapping("/api/v1/imports")
	@Operation(summary = "Import a provider",
			description = "Administrators of the whole platform only. The body is a ZIP in the open format of "
					+ "docs/data-format.md, as an export writes it. Answers 202 with the run's id at once; the set is "
					+ "checked whole before anything is written, then loaded in one transaction: follow it with "
					+ "GET /api/v1/imports/{id}. A set already imported is answered as such and changes nothing.")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, description = "The set: a ZIP of CSV files",
			content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/zip",
					schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string", format = "binary")))
	ResponseEntity<ImportStarted> start(HttpServletRequest request,
			@RequestHeader(name = "Content-Disposition", required = false) @Nullable String disposition)
			throws IOException, HttpMediaTypeNotSupportedException {
		CurrentUser user = users.current();
		imports.checkMayImport(user);
		// the role first: a user who may not import learns nothing about what a set must
		// be
		if (!zip(request.getContentType())) {
			throw new HttpMediaTypeNotSupportedException((MediaType) null, List.of(ZIP));
		}
		UUID id = imports.start(user, request.getInputStream(), fileName(disposition));
		return ResponseEntity.accepted()
			.location(URI.create("/api/v1/imports/" + id))
			.body(new ImportStarted(id.toString()));
	}

	@GetMapping("/api/v1/imports/{id}")
	@Operation(summary = "An import's progress and outcome",
			description = "status is VALIDATING, LOADING, DONE or FAILED; on failure, errors names the file, line "
					+ "(counting the header as line 1), column and what is wrong, for every bad row up to 1,000")
	ImportResponse run(@PathVariable UUID id) {
		return ImportResponse.of(imports.find(users.current(), id));
	}

	@GetMapping("/api/v1/imports")
	@Operation(summary = "The latest imports", description = "The 50 most recent runs, newest first")
	List<ImportResponse> recent() {
		return imports.recent(users.current()).stream().map(ImportResponse::of).toList();
	}

	private static boolean zip(@Nullable String contentType) {
		try {
			return contentType != null && MediaType.parseMediaType(contentType).isCompatibleWith(ZIP);
		}
		catch (org.springframework.util.InvalidMimeTypeException ex) {
			return false;
		}
	}

	/**
	 * The name the client gave the set
	 * ({@code Content-Disposition: attachment; filename=...}).
	 */
	private static String fileName(@Nullable String disposition) {
		if (disposition == null) {
			return "import.zip";
		}
		java.util.regex.Matcher name = java.util.regex.Pattern.compile("filename=\"?([^\";]+)\"?").matcher(disposition);
		return name.find() ? name.group(1).replaceAll("[^A-Za-z0-9._ -]", "_") : "import.zip";
	}

}
