package org.openprobation.documents.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.openprobation.documents.CaseDocument;
import org.openprobation.documents.DocumentKind;
import org.openprobation.documents.DocumentVersion;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Documents and their versions; the bytes are read only when a version is downloaded. */
@Repository
public class DocumentRepository {

	private static final String VERSION_COLUMNS = "v.id as v_id, v.document_id, v.version, v.file_name, v.media_type, "
			+ "v.size_bytes, v.sha256, v.uploaded_by, v.uploaded_at";

	private static final String SELECT = "select d.id, d.person_id, d.kind, d.title, d.generated, d.created_by, "
			+ "d.created_at, " + VERSION_COLUMNS + " from documents.document d "
			+ "join documents.document_version v on v.document_id = d.id and v.version = d.versions ";

	private final JdbcClient jdbc;

	DocumentRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A case's documents, the latest added or changed first. */
	public List<CaseDocument> ofPerson(long personId) {
		return jdbc.sql(SELECT + "where d.person_id = :person order by v.uploaded_at desc, d.id desc")
			.param("person", personId)
			.query(DocumentRepository::document)
			.list();
	}

	public Optional<CaseDocument> find(long id) {
		return jdbc.sql(SELECT + "where d.id = :id").param("id", id).query(DocumentRepository::document).optional();
	}

	/** Every version of a document, newest first. */
	public List<DocumentVersion> versions(long documentId) {
		return jdbc
			.sql("select " + VERSION_COLUMNS
					+ " from documents.document_version v where v.document_id = :id order by v.version desc")
			.param("id", documentId)
			.query((rs, n) -> version(rs))
			.list();
	}

	public Optional<Stored> stored(long documentId, int version) {
		return jdbc
			.sql("select " + VERSION_COLUMNS + ", v.content from documents.document_version v "
					+ "where v.document_id = :id and v.version = :version")
			.param("id", documentId)
			.param("version", version)
			.query((rs, n) -> new Stored(version(rs), rs.getBytes("content")))
			.optional();
	}

	/** A version and its bytes when they are held in the database. */
	public record Stored(DocumentVersion version, byte @Nullable [] content) {
	}

	/** A new document with its first version: answers its id. */
	public long add(long personId, DocumentKind kind, String title, boolean generated, NewVersion file) {
		long id = jdbc.sql("""
				insert into documents.document (person_id, kind, title, generated, created_by, created_at, versions)
				values (:person, :kind, :title, :generated, :by, :at, 1) returning id""")
			.param("person", personId)
			.param("kind", kind.name())
			.param("title", title)
			.param("generated", generated)
			.param("by", file.by())
			.param("at", Timestamp.from(file.at()))
			.query(Long.class)
			.single();
		insertVersion(id, 1, file);
		return id;
	}

	/**
	 * Adds the next version, when the document still has {@code expected} versions (the
	 * number the uploader saw): answers the new version's number, or empty when someone
	 * else added one first.
	 */
	public Optional<Integer> addVersion(long documentId, int expected, NewVersion file) {
		Optional<Integer> next = jdbc
			.sql("update documents.document set versions = versions + 1 where id = :id and versions = :expected "
					+ "returning versions")
			.param("id", documentId)
			.param("expected", expected)
			.query(Integer.class)
			.optional();
		next.ifPresent(version -> insertVersion(documentId, version, file));
		return next;
	}

	private void insertVersion(long documentId, int version, NewVersion file) {
		jdbc.sql("""
				insert into documents.document_version (document_id, version, file_name, media_type, size_bytes, sha256,
				    content, uploaded_by, uploaded_at)
				values (:document, :version, :name, :type, :size, :sha, :content, :by, :at)""")
			.param("document", documentId)
			.param("version", version)
			.param("name", file.fileName())
			.param("type", file.mediaType())
			.param("size", file.sizeBytes())
			.param("sha", file.sha256())
			.param("content", file.content(), java.sql.Types.BINARY)
			.param("by", file.by())
			.param("at", Timestamp.from(file.at()))
			.update();
	}

	/**
	 * A version to add: its bytes are null when they are kept in the document directory.
	 */
	public record NewVersion(String fileName, String mediaType, long sizeBytes, String sha256,
			byte @Nullable [] content, String by, Instant at) {
	}

	private static CaseDocument document(ResultSet rs, int row) throws SQLException {
		return new CaseDocument(rs.getLong("id"), rs.getLong("person_id"), DocumentKind.valueOf(rs.getString("kind")),
				rs.getString("title"), rs.getBoolean("generated"), rs.getString("created_by"),
				rs.getTimestamp("created_at").toInstant(), version(rs), List.of());
	}

	private static DocumentVersion version(ResultSet rs) throws SQLException {
		return new DocumentVersion(rs.getLong("v_id"), rs.getLong("document_id"), rs.getInt("version"),
				rs.getString("file_name"), rs.getString("media_type"), rs.getLong("size_bytes"), rs.getString("sha256"),
				rs.getString("uploaded_by"), rs.getTimestamp("uploaded_at").toInstant());
	}

}
