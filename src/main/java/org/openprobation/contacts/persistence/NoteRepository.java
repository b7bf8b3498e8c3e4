package org.openprobation.contacts.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.openprobation.contacts.CaseNote;
import org.openprobation.contacts.NoteType;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Case notes and the text each had before it was edited. The text of a sensitive note the
 * reader may not read never leaves the database: the queries blank it.
 */
@Repository
public class NoteRepository {

	private static final String SELECT = """
			select n.id, n.person_id, n.contact_id, n.type,
			       case when n.sensitive and not :sensitive and n.written_by <> :reader then null else n.text end as text,
			       n.sensitive, n.written_by, n.written_at, n.edited_by, n.edited_at, n.version,
			       (select count(*) from contacts.note_revision r where r.note_id = n.id) as earlier
			from contacts.note n
			""";

	/**
	 * Words searched as a person types them ("missed appointment" -housing), in English.
	 */
	static final String MATCHES = "to_tsvector('english', n.text) @@ websearch_to_tsquery('english', :words)";

	/** A note the reader may read: not sensitive, or one they read, or their own. */
	static final String READABLE = "(not n.sensitive or :sensitive or n.written_by = :reader)";

	private final JdbcClient jdbc;

	NoteRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long add(long personId, @Nullable Long contactId, NoteType type, String text, boolean sensitive,
			String author, Instant at) {
		return jdbc.sql("""
				insert into contacts.note (person_id, contact_id, type, text, sensitive, written_by, written_at)
				values (:person, :contact, :type, :text, :sensitive, :author, :at) returning id""")
			.param("person", personId)
			.param("contact", contactId)
			.param("type", type.name())
			.param("text", text)
			.param("sensitive", sensitive)
			.param("author", author)
			.param("at", Timestamp.from(at))
			.query(Long.class)
			.single();
	}

	/** The note as stored (text and all), for changing it. */
	public Optional<CaseNote> stored(long id) {
		return jdbc.sql(SELECT + " where n.id = :id")
			.param("id", id)
			.param("sensitive", true)
			.param("reader", "")
			.query(NoteRepository::note)
			.optional();
	}

	public Optional<CaseNote> storedForContact(long contactId) {
		return jdbc.sql(SELECT + " where n.contact_id = :contact")
			.param("contact", contactId)
			.param("sensitive", true)
			.param("reader", "")
			.query(NoteRepository::note)
			.optional();
	}

	/**
	 * Replaces a note's text, keeping the earlier text, when it is still at the version
	 * the editor read; false when someone changed it first.
	 */
	public boolean edit(CaseNote before, String text, boolean sensitive, String editor, Instant at) {
		int changed = jdbc.sql("""
				update contacts.note set text = :text, sensitive = :sensitive, edited_by = :editor, edited_at = :at,
				  version = version + 1
				where id = :id and version = :version""")
			.param("text", text)
			.param("sensitive", sensitive)
			.param("editor", editor)
			.param("at", Timestamp.from(at))
			.param("id", before.id())
			.param("version", before.version())
			.update();
		if (changed == 0) {
			return false;
		}
		jdbc.sql(
				"""
						insert into contacts.note_revision (note_id, text, sensitive, written_by, written_at, replaced_by, replaced_at)
						values (:id, :text, :sensitive, :by, :at, :editor, :now)""")
			.param("id", before.id())
			.param("text", before.text())
			.param("sensitive", before.sensitive())
			.param("by", before.edited() ? before.editedBy() : before.writtenBy())
			.param("at", Timestamp.from(before.edited() ? before.editedAt() : before.writtenAt()))
			.param("editor", editor)
			.param("now", Timestamp.from(at))
			.update();
		return true;
	}

	/** The notes of these contacts, as the reader may see them, by contact. */
	public Map<Long, CaseNote> ofContacts(Collection<Long> contactIds, boolean sensitive, String reader) {
		if (contactIds.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql(SELECT + " where n.contact_id = any(:ids)")
			.param("ids", contactIds.toArray(Long[]::new))
			.param("sensitive", sensitive)
			.param("reader", reader)
			.query(NoteRepository::note)
			.list()
			.stream()
			.collect(Collectors.toMap(CaseNote::contactId, n -> n));
	}

	/**
	 * The case's notes of their own (not a contact's), newest first, as the reader may
	 * see them, only those matching the words when there are words.
	 */
	public List<CaseNote> ofTheirOwn(long personId, @Nullable String words, boolean sensitive, String reader) {
		return jdbc
			.sql(SELECT + " where n.person_id = :person and n.contact_id is null"
					+ (words == null ? "" : " and " + READABLE + " and " + MATCHES)
					+ " order by n.written_at desc, n.id desc limit 200")
			.param("person", personId)
			.param("words", words)
			.param("sensitive", sensitive)
			.param("reader", reader)
			.query(NoteRepository::note)
			.list();
	}

	/**
	 * When managers recorded oversight of the case (notes of the kind OVERSIGHT), newest
	 * first: the dates and who, never the text.
	 */
	public List<Map.Entry<Instant, String>> oversightOf(long personId) {
		return jdbc.sql("""
				select written_at, written_by from contacts.note where person_id = :person and type = 'OVERSIGHT'
				order by written_at desc, id desc""")
			.param("person", personId)
			.query((rs, n) -> Map.entry(rs.getTimestamp(1).toInstant(), rs.getString(2)))
			.list();
	}

	private static CaseNote note(ResultSet rs, int row) throws SQLException {
		Timestamp edited = rs.getTimestamp("edited_at");
		return new CaseNote(rs.getLong("id"), rs.getLong("person_id"), rs.getObject("contact_id", Long.class),
				NoteType.valueOf(rs.getString("type")), rs.getString("text"), rs.getBoolean("sensitive"),
				rs.getString("written_by"), rs.getTimestamp("written_at").toInstant(), rs.getString("edited_by"),
				edited == null ? null : edited.toInstant(), rs.getInt("version"), rs.getInt("earlier"));
	}

}
