package org.openprobation.documents;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.openprobation.access.AuditLog;
import org.openprobation.access.CaseAccessDenied;
import org.openprobation.access.CaseGate;
import org.openprobation.access.CaseUse;
import org.openprobation.access.CheckedCase;
import org.openprobation.access.CurrentUser;
import org.openprobation.documents.domain.FileType;
import org.openprobation.documents.domain.UploadRules;
import org.openprobation.documents.persistence.DocumentDirectory;
import org.openprobation.documents.persistence.DocumentRepository;
import org.openprobation.people.People;
import org.openprobation.people.PersonRecord;
import org.openprobation.shared.BadRequest;
import org.openprobation.shared.Conflict;
import org.openprobation.shared.Crn;
import org.openprobation.shared.FieldProblem;
import org.openprobation.shared.NotFound;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * A case's documents: listed, read and downloaded by whoever may read the case, uploaded
 * and replaced by a new version by whoever may change it, each through the case-access
 * gate and audited; and the documents the platform writes (a warning letter) kept beside
 * them.
 */
@Service
@Transactional(noRollbackFor = CaseAccessDenied.class)
public class CaseDocuments {

	private final DocumentRepository documents;

	private final DocumentDirectory directory;

	private final CaseGate gate;

	private final People people;

	private final AuditLog audit;

	private final Clock clock;

	private final long maxBytes;

	CaseDocuments(DocumentRepository documents, DocumentDirectory directory, CaseGate gate, People people,
			AuditLog audit, Clock clock, @Value("${openprobation.documents.max-size:20MB}") DataSize maxSize) {
		this.documents = documents;
		this.directory = directory;
		this.gate = gate;
		this.people = people;
		this.audit = audit;
		this.clock = clock;
		this.maxBytes = maxSize.toBytes();
	}

	/** The largest file a user may upload, in bytes. */
	public long maxBytes() {
		return maxBytes;
	}

	/** The case's documents, newest first, and whether the user may add one. */
	public record Listing(Crn crn, List<CaseDocument> documents, boolean mayUpload) {
	}

	/** A document with every version, its case, and whether the user may replace it. */
	public record Viewed(Crn crn, CaseDocument document, boolean mayReplace) {
	}

	/** The case's documents, newest first; the reading is audited. */
	public Listing list(CurrentUser user, Crn crn) {
		CheckedCase opened = gate.read(user, crn, "documents");
		audit.record(user, AuditLog.VIEW_CASE, crn.value(), "documents");
		return new Listing(opened.crn(), documents.ofPerson(opened.personId()), opened.mayChange());
	}

	/** A document with every version; the reading is audited. */
	public Viewed document(CurrentUser user, long id) {
		CaseDocument document = documents.find(id).orElseThrow(CaseDocuments::noSuchDocument);
		CheckedCase opened = gate.openPerson(user, document.personId(), CaseUse.READ, "a document");
		audit.record(user, AuditLog.VIEW_CASE, opened.crn().value(), "document " + id);
		return new Viewed(opened.crn(), document.withVersions(documents.versions(id)),
				opened.mayChange() && !document.generated());
	}

	/** A version's bytes, to download; audited with the file downloaded. */
	public DocumentFile download(CurrentUser user, long id, int version) {
		CaseDocument document = documents.find(id).orElseThrow(CaseDocuments::noSuchDocument);
		Crn crn = gate.openPerson(user, document.personId(), CaseUse.READ, "download a document").crn();
		DocumentRepository.Stored stored = documents.stored(id, version)
			.orElseThrow(() -> new NotFound("The document has no version " + version + "."));
		byte[] bytes = stored.content() != null ? stored.content()
				: directory.read(stored.version().sha256())
					.orElseThrow(() -> new IllegalStateException("The bytes of document " + id + " version " + version
							+ " are not in the document directory (" + stored.version().sha256() + ")"));
		audit.record(user, "DOWNLOAD_DOCUMENT", crn.value(),
				"document " + id + " version " + version + ": " + stored.version().fileName());
		return new DocumentFile(stored.version(), bytes);
	}

	/**
	 * The case a user is about to upload to: refused (audited) unless they may change it,
	 * and audited as read, since the form shows whose case it is.
	 */
	public PersonRecord caseForUpload(CurrentUser user, Crn crn) {
		gate.change(user, crn, "upload a document");
		audit.record(user, AuditLog.VIEW_CASE, crn.value(), "to upload a document");
		return people.require(crn);
	}

	/** A document to replace: on a case the user may change; audited as read. */
	public CaseDocument forNewVersion(CurrentUser user, long id) {
		CaseDocument document = documents.find(id).orElseThrow(CaseDocuments::noSuchDocument);
		Crn crn = gate.openPerson(user, document.personId(), CaseUse.CHANGE, "replace a document").crn();
		audit.record(user, AuditLog.VIEW_CASE, crn.value(), "to replace document " + id);
		return document.withVersions(documents.versions(id));
	}

	/**
	 * Uploads a document: the file must be a type a case takes (judged by its bytes) and
	 * no larger than the limit. {@code size} is the file's size as received,
	 * {@code bytes} null when no file came (they are not read when the file is too
	 * large).
	 */
	public CaseDocument upload(CurrentUser user, Crn crn, @Nullable String kind, @Nullable String title,
			@Nullable String fileName, byte @Nullable [] bytes, long size) {
		long personId = gate.change(user, crn, "upload a document").personId();
		List<FieldProblem> problems = new ArrayList<>();
		DocumentKind parsed = kind == null ? null : DocumentKind.parse(kind).orElse(null);
		if (parsed == null || parsed == DocumentKind.WARNING_LETTER) {
			problems.add(new FieldProblem("kind", "Select what the document is"));
		}
		problems.addAll(UploadRules.title(title));
		problems.addAll(UploadRules.file(bytes, size, maxBytes));
		if (!problems.isEmpty()) {
			throw new BadRequest(problems);
		}
		long id = documents.add(personId, java.util.Objects.requireNonNull(parsed),
				java.util.Objects.requireNonNull(title).strip(), false,
				version(fileName, java.util.Objects.requireNonNull(bytes), user.username()));
		audit.record(user, "UPLOAD_DOCUMENT", crn.value(), parsed.name() + ", document " + id);
		return documents.find(id).orElseThrow();
	}

	/**
	 * Adds a new version of a document, when it still has the versions the user saw
	 * ({@code expectedVersions}); the earlier versions stay.
	 */
	public CaseDocument addVersion(CurrentUser user, long id, int expectedVersions, @Nullable String fileName,
			byte @Nullable [] bytes, long size) {
		CaseDocument document = documents.find(id).orElseThrow(CaseDocuments::noSuchDocument);
		Crn crn = gate.openPerson(user, document.personId(), CaseUse.CHANGE, "replace a document").crn();
		if (document.generated()) {
			throw new Conflict("A document the platform wrote is kept as it was sent: upload a document of your own.");
		}
		List<FieldProblem> problems = UploadRules.file(bytes, size, maxBytes);
		if (!problems.isEmpty()) {
			throw new BadRequest(problems);
		}
		int version = store(id, expectedVersions, fileName, java.util.Objects.requireNonNull(bytes), user.username());
		audit.record(user, "UPLOAD_DOCUMENT", crn.value(), "document " + id + " version " + version);
		return documents.find(id).orElseThrow();
	}

	/**
	 * Keeps a document the platform wrote on a case whose change the caller has already
	 * let through the gate (a warning letter as sent): answers its id.
	 */
	public long keepWritten(long personId, DocumentKind kind, String title, String fileName, byte[] bytes, String by) {
		if (FileType.of(bytes).isEmpty()) {
			throw new IllegalArgumentException("The platform writes only the types a case takes: " + fileName);
		}
		return documents.add(personId, kind, title, true, version(fileName, bytes, by));
	}

	private int store(long documentId, int expectedVersions, @Nullable String fileName, byte[] bytes, String by) {
		return documents.addVersion(documentId, expectedVersions, version(fileName, bytes, by))
			.orElseThrow(() -> new Conflict(
					"Someone else added a version of this document while you chose yours: look at it again first."));
	}

	/** A version of the bytes, written to the document directory when one is in use. */
	private DocumentRepository.NewVersion version(@Nullable String fileName, byte[] bytes, String by) {
		FileType type = FileType.of(bytes).orElseThrow();
		String sha256 = sha256(bytes);
		byte[] content = bytes;
		if (directory.inUse()) {
			directory.write(sha256, bytes);
			content = null;
		}
		return new DocumentRepository.NewVersion(type.fileName(fileName == null ? "" : fileName), type.mediaType(),
				bytes.length, sha256, content, by, clock.instant());
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static NotFound noSuchDocument() {
		return new NotFound("There is no such document.");
	}

}
