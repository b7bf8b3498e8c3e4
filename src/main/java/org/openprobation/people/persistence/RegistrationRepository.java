package org.openprobation.people.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Registering people and keeping their record's history: the records on file that might
 * be the same person, the next CRN, the person's rows, and each change with before and
 * after.
 */
@Repository
public class RegistrationRepository {

	/** Letters of registered people's CRNs, in the order their blocks are used. */
	static final String LETTERS = "ZYXWVUTSRQPNMLKJHGFEDCBA";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	RegistrationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A record on file with the same PNC number, or born on the day (or with day and
	 * month swapped), by its own name or an alias, with how its names compare as the
	 * database measures them.
	 */
	public record OnFile(long personId, String crn, String forename, String surname, LocalDate dateOfBirth,
			@Nullable String pnc, long providerId, boolean alias, double surnameSimilarity, boolean surnameSounds,
			double forenameSimilarity, boolean forenameSounds) {
	}

	public List<OnFile> onFile(String forename, String surname, LocalDate dateOfBirth, LocalDate swapped,
			@Nullable String pnc) {
		return jdbc
			.sql("""
					select c.*,
					       similarity(lower(c.surname), lower(:surname)) as surname_similarity,
					       (dmetaphone(c.surname) = dmetaphone(:surname) and dmetaphone(:surname) <> '') as surname_sounds,
					       similarity(lower(c.forename), lower(:forename)) as forename_similarity,
					       (dmetaphone(c.forename) = dmetaphone(:forename) and dmetaphone(:forename) <> '') as forename_sounds
					from (
					    select p.id as person_id, p.crn, p.forename, p.surname, p.date_of_birth, p.pnc, p.provider_id,
					           false as alias
					    from people.person p where p.pnc = :pnc or p.date_of_birth in (:born, :swapped)
					    union all
					    select p.id, p.crn, a.forename, a.surname, coalesce(a.date_of_birth, p.date_of_birth), p.pnc,
					           p.provider_id, true
					    from people.alias a join people.person p on p.id = a.person_id
					    where a.date_of_birth in (:born, :swapped)
					       or (a.date_of_birth is null and p.date_of_birth in (:born, :swapped))
					) c
					order by c.crn, c.alias
					""")
			.param("surname", surname)
			.param("forename", forename)
			.param("born", dateOfBirth)
			.param("swapped", swapped)
			.param("pnc", pnc)
			.query((rs, n) -> new OnFile(rs.getLong("person_id"), rs.getString("crn").trim(), rs.getString("forename"),
					rs.getString("surname"), rs.getObject("date_of_birth", LocalDate.class), rs.getString("pnc"),
					rs.getLong("provider_id"), rs.getBoolean("alias"), rs.getDouble("surname_similarity"),
					rs.getBoolean("surname_sounds"), rs.getDouble("forename_similarity"),
					rs.getBoolean("forename_sounds")))
			.list();
	}

	/**
	 * The next CRN: from a sequence, so one is never given twice, skipping any already
	 * held (the demo's, or a migrated provider's).
	 */
	public String nextCrn() {
		while (true) {
			long n = jdbc.sql("select nextval('people.crn_sequence')").query(Long.class).single();
			String crn = crnFor(n);
			if (!jdbc.sql("select exists (select 1 from people.person where crn = :crn)")
				.param("crn", crn)
				.query(Boolean.class)
				.single()) {
				return crn;
			}
		}
	}

	static String crnFor(long n) {
		int block = (int) (n / 1_000_000);
		if (block >= LETTERS.length()) {
			throw new IllegalStateException("Every CRN has been given");
		}
		return LETTERS.charAt(block) + String.format(java.util.Locale.ROOT, "%06d", n % 1_000_000);
	}

	/** The person's row as registered. */
	public record PersonRow(String crn, String forename, @Nullable String middleNames, String surname,
			LocalDate dateOfBirth, String gender, String ethnicity, @Nullable String disability,
			@Nullable String religion, String nationality, boolean foreignNational, @Nullable String pnc,
			@Nullable String phone, @Nullable String email, @Nullable String preferredChannel, boolean textReminders,
			boolean emailReminders, long providerId, String by) {
	}

	public long insertPerson(PersonRow p) {
		return jdbc
			.sql("""
					insert into people.person (crn, forename, middle_names, surname, date_of_birth, gender, ethnicity, disability,
					    religion, nationality, foreign_national, pnc, phone, email, preferred_channel, text_reminders,
					    email_reminders, provider_id, created_by)
					values (:crn, :forename, :middle, :surname, :born, :gender, :ethnicity, :disability, :religion,
					    :nationality, :foreign, :pnc, :phone, :email, :channel, :text, :emailReminders, :provider, :by)
					returning id
					""")
			.params(details(p))
			.param("crn", p.crn())
			.param("provider", p.providerId())
			.param("by", p.by())
			.query(Long.class)
			.single();
	}

	/** The details of a person's row, by parameter name. */
	private static Map<String, @Nullable Object> details(PersonRow p) {
		Map<String, @Nullable Object> params = new java.util.HashMap<>();
		params.put("forename", p.forename());
		params.put("middle", p.middleNames());
		params.put("surname", p.surname());
		params.put("born", p.dateOfBirth());
		params.put("gender", p.gender());
		params.put("ethnicity", p.ethnicity());
		params.put("disability", p.disability());
		params.put("religion", p.religion());
		params.put("nationality", p.nationality());
		params.put("foreign", p.foreignNational());
		params.put("pnc", p.pnc());
		params.put("phone", p.phone());
		params.put("email", p.email());
		params.put("channel", p.preferredChannel());
		params.put("text", p.textReminders());
		params.put("emailReminders", p.emailReminders());
		return params;
	}

	public void insertAddress(long personId, String line1, @Nullable String line2, String town, String postcode,
			@Nullable Long boroughId, LocalDate from, @Nullable LocalDate to) {
		jdbc.sql("""
				insert into people.address (person_id, line1, line2, town, postcode, borough_id, from_date, to_date)
				values (:person, :line1, :line2, :town, :postcode, :borough, :from, :to)
				""")
			.param("person", personId)
			.param("line1", line1)
			.param("line2", line2)
			.param("town", town)
			.param("postcode", postcode)
			.param("borough", boroughId)
			.param("from", from)
			.param("to", to)
			.update();
	}

	public void insertAlias(long personId, String forename, String surname, @Nullable LocalDate dateOfBirth) {
		jdbc.sql("""
				insert into people.alias (person_id, forename, surname, date_of_birth)
				values (:person, :forename, :surname, :born)
				""")
			.param("person", personId)
			.param("forename", forename)
			.param("surname", surname)
			.param("born", dateOfBirth)
			.update();
	}

	public void confirmNotDuplicate(long personId, long otherPersonId, String by) {
		jdbc.sql("""
				insert into people.not_duplicate (person_id, other_person_id, confirmed_by)
				values (:person, :other, :by) on conflict do nothing
				""").param("person", personId).param("other", otherPersonId).param("by", by).update();
	}

	/** Keeps a change to the record, with what it was before and after. */
	public void recordChange(long personId, String by, String what, @Nullable Map<String, ?> before,
			@Nullable Map<String, ?> after) {
		jdbc.sql("""
				insert into people.record_change (person_id, changed_by, what, before, after)
				values (:person, :by, :what, cast(:before as jsonb), cast(:after as jsonb))
				""")
			.param("person", personId)
			.param("by", by)
			.param("what", what)
			.param("before", before == null ? null : JSON.writeValueAsString(before))
			.param("after", after == null ? null : JSON.writeValueAsString(after))
			.update();
	}

	/** A change kept in the record's history. */
	public record Change(java.time.LocalDateTime at, String by, String what, Map<String, Object> before,
			Map<String, Object> after) {
	}

	@SuppressWarnings("unchecked")
	public List<Change> history(long personId) {
		return jdbc.sql("""
				select changed_at, changed_by, what, coalesce(before::text, '{}') as before,
				       coalesce(after::text, '{}') as after
				from people.record_change where person_id = :person order by changed_at desc, id desc
				""")
			.param("person", personId)
			.query((rs, n) -> new Change(
					rs.getObject("changed_at", java.time.OffsetDateTime.class)
						.atZoneSameInstant(java.time.ZoneId.of("Europe/London"))
						.toLocalDateTime(),
					rs.getString("changed_by"), rs.getString("what"),
					JSON.readValue(rs.getString("before"), java.util.LinkedHashMap.class),
					JSON.readValue(rs.getString("after"), java.util.LinkedHashMap.class)))
			.list();
	}

	/** Changes the person's details if nobody has meanwhile. */
	public boolean updateDetails(long personId, int version, PersonRow p) {
		return jdbc.sql("""
				update people.person set forename = :forename, middle_names = :middle, surname = :surname,
				    date_of_birth = :born, gender = :gender, ethnicity = :ethnicity, disability = :disability,
				    religion = :religion, nationality = :nationality, foreign_national = :foreign, pnc = :pnc,
				    phone = :phone, email = :email, preferred_channel = :channel, text_reminders = :text,
				    email_reminders = :emailReminders, version = version + 1, updated_at = now(), updated_by = :by
				where id = :id and version = :version
				""")
			.params(details(p))
			.param("by", p.by())
			.param("id", personId)
			.param("version", version)
			.update() == 1;
	}

	/** Whether another person holds the PNC number. */
	public boolean pncHeldByAnother(String pnc, long personId) {
		return jdbc.sql("select exists (select 1 from people.person where pnc = :pnc and id <> :id)")
			.param("pnc", pnc)
			.param("id", personId)
			.query(Boolean.class)
			.single();
	}

	/**
	 * Ends the current address the day before the person moved, and bumps the record's
	 * version.
	 */
	public void endCurrentAddress(long personId, LocalDate lastDay) {
		jdbc.sql("update people.address set to_date = :last where person_id = :person and to_date is null")
			.param("last", lastDay)
			.param("person", personId)
			.update();
	}

	/** An alias with its id, for removing it. */
	public record AliasRow(long id, String forename, String surname, @Nullable LocalDate dateOfBirth) {
	}

	public List<AliasRow> aliases(long personId) {
		return jdbc.sql("""
				select id, forename, surname, date_of_birth from people.alias where person_id = :person
				order by surname, forename, id""")
			.param("person", personId)
			.query((rs, n) -> new AliasRow(rs.getLong("id"), rs.getString("forename"), rs.getString("surname"),
					rs.getObject("date_of_birth", LocalDate.class)))
			.list();
	}

	public boolean deleteAlias(long personId, long aliasId) {
		return jdbc.sql("delete from people.alias where id = :id and person_id = :person")
			.param("id", aliasId)
			.param("person", personId)
			.update() == 1;
	}

}
