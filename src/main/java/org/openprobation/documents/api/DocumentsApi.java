package org.openprobation.documents.api;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.openprobation.access.Users;
import org.openprobation.documents.CaseDocument;
import org.openprobation.documents.CaseDocuments;
import org.openprobation.documents.DocumentVersion;
import org.openprobation.shared.Crn;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A case's documents through the API. A file is sent as the request's body with its own
 * type ({@code Content-Type: application/pdf}) and its name in
 * {@code Content-Disposition}; a form's types are refused before the body is read, so no
 * web page can post a document with a signed-in user's credentials.
 */
@RestController
@Tag(name = "Documents")
class DocumentsApi {

	private final CaseDocuments documents;

	private final Users users;

	DocumentsApi(CaseDocuments documents, Users users) {
		this.documents = documents;
		this.users = users;
	}

	record VersionItem(int version, String fileName, String mediaType, long sizeBytes, String sha256, String uploadedBy,
			Instant uploadedAt, String content) {

		static VersionItem of(DocumentVersion v) {
			return new VersionItem(v.version(), v.fileName(), v.mediaType(), v.sizeBytes(), v.sha256(), v.uploadedBy(),
					v.uploadedAt(), "/api/v1/documents/" + v.documentId() + "/versions/" + v.version() + "/content");
		}

	}

	/**
	 * A document: {@code latest} is its current version; {@code versions} every version,
	 * newest first (only when one document is asked for).
	 */
	record DocumentItem(long id, String kind, String title, boolean generated, String createdBy, Instant createdAt,
			VersionItem latest, @Nullable List<VersionItem> versions) {

		static DocumentItem of(CaseDocument d, boolean withVersions) {
			return new DocumentItem(d.id(), d.kind().name(), d.title(), d.generated(), d.createdBy(), d.createdAt(),
					VersionItem.of(d.latest()),
					withVersions ? d.versions().stream().map(VersionItem::of).toList() : null);
		}

	}

	@GetMapping("/api/v1/people/{crn}/documents")
	@Operation(summary = "A case's documents", description = "The latest added or replaced first")
	List<DocumentItem> list(@PathVariable String crn) {
		return documents.list(users.current(), crn(crn))
			.documents()
			.stream()
			.map(d -> DocumentItem.of(d, false))
			.toList();
	}

	@PostMapping("/api/v1/people/{crn}/documents")
	@Operation(summary = "Upload a document to a case",
			description = "The body is the file (a PDF, a Word document, or a PNG, JPEG or TIFF image; 20 MB or "
					+ "smaller by default), sent with its own Content-Type and its name in Content-Disposition "
					+ "(attachment; filename=\"letter.pdf\"). Its type is judged by its bytes, not its name. kind is "
					+ "PRE_SENTENCE_REPORT, COURT_ORDER, LICENCE, LETTER_RECEIVED, REPORT_RECEIVED or OTHER.")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, description = "The file's bytes",
			content = @Content(mediaType = "application/octet-stream",
					schema = @Schema(type = "string", format = "binary")))
	ResponseEntity<DocumentItem> upload(@PathVariable String crn, @RequestParam(required = false) @Nullable String kind,
			@RequestParam(required = false) @Nullable String title,
			@RequestHeader(name = HttpHeaders.CONTENT_DISPOSITION, required = false) @Nullable String disposition,
			HttpServletRequest request) throws IOException {
		Crn person = crn(crn);
		// who may add to the case is answered before the body is read
		documents.caseForUpload(users.current(), person);
		Body body = body(request);
		CaseDocument uploaded = documents.upload(users.current(), person, kind, title, fileName(disposition),
				body.bytes(), body.size());
		return ResponseEntity.created(URI.create("/api/v1/documents/" + uploaded.id()))
			.body(DocumentItem.of(uploaded, false));
	}

	@GetMapping("/api/v1/documents/{id}")
	@Operation(summary = "A document with every version",
			description = "The document, its latest version and every version newest first, each with the path of its "
					+ "bytes; the reading is audited")
	DocumentItem document(@PathVariable String id) {
		return DocumentItem.of(documents.document(users.current(), id(id)).document(), true);
	}

	@PostMapping("/api/v1/documents/{id}/versions")
	@Operation(summary = "Replace a document with a new version",
			description = "The body is the file, as for an upload; the earlier versions are kept. versions is the "
					+ "number of versions the document had when you read it: 409 if someone added one since.")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, description = "The file's bytes",
			content = @Content(mediaType = "application/octet-stream",
					schema = @Schema(type = "string", format = "binary")))
	ResponseEntity<DocumentItem> addVersion(@PathVariable String id,
			@RequestParam(required = false) @Nullable Integer versions,
			@RequestHeader(name = HttpHeaders.CONTENT_DISPOSITION, required = false) @Nullable String disposition,
			HttpServletRequest request) throws IOException {
		long documentId = id(id);
		CaseDocument document = documents.forNewVersion(users.current(), documentId);
		Body body = body(request);
		CaseDocument after = documents.addVersion(users.current(), documentId,
				versions == null ? document.latest().version() : versions, fileName(disposition), body.bytes(),
				body.size());
		return ResponseEntity.created(URI.create("/api/v1/documents/" + documentId))
			.body(DocumentItem.of(after, false));
	}

	@GetMapping("/api/v1/documents/{id}/versions/{version}/content")
	@Operation(summary = "Download a version of a document",
			description = "Always an attachment of the type its bytes are")
	ResponseEntity<byte[]> content(@PathVariable String id, @PathVariable String version) {
		int number = org.openprobation.documents.web.Downloads.version(version);
		return org.openprobation.documents.web.Downloads
			.attachment(documents.download(users.current(), id(id), number));
	}

	private record Body(byte @Nullable [] bytes, long size) {
	}

	/**
	 * The body's bytes, read up to one byte past the limit: a body over it is refused by
	 * its size, without the rest being kept.
	 */
	private Body body(HttpServletRequest request) throws IOException {
		long limit = documents.maxBytes();
		try (InputStream in = request.getInputStream()) {
			byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
			if (bytes.length == 0) {
				return new Body(null, 0);
			}
			if (bytes.length > limit) {
				return new Body(new byte[0], bytes.length);
			}
			return new Body(bytes, bytes.length);
		}
	}

	private static @Nullable String fileName(@Nullable String disposition) {
		if (disposition == null || disposition.isBlank()) {
			return null;
		}
		try {
			return ContentDisposition.parse(disposition).getFilename();
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static long id(String typed) {
		return org.openprobation.documents.web.Downloads.documentId(typed);
	}

	private static Crn crn(String typed) {
		return Crn.inPath(typed);
	}

}
