package org.openprobation.people.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.openprobation.organisation.Organisation;
import org.openprobation.people.Ethnicity;
import org.openprobation.people.Gender;
import org.openprobation.people.PersonQuery;
import org.openprobation.people.PersonRecord;
import org.openprobation.people.PersonSort;
import org.openprobation.people.PersonSummary;
import org.openprobation.shared.PageOf;
import org.openprobation.shared.PageRequest;
import org.openprobation.shared.ProviderCondition;
import org.openprobation.shared.SortDirection;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class PersonRepository {

	private static final String SUMMARY_COLUMNS = """
			p.id, p.crn, p.forename, p.surname, p.date_of_birth, p.gender, p.pnc, p.provider_id, ro.staff_id as officer_id
			""";

	private final JdbcClient jdbc;

	private final Organisation organisation;

	PersonRepository(JdbcClient jdbc, Organisation organisation) {
		this.jdbc = jdbc;
		this.organisation = organisation;
	}

	public PageOf<PersonSummary> search(PersonQuery query, @Nullable Long providerScope, @Nullable String visibleTo,
			PageRequest page, PersonSort sort, SortDirection direction) {
		StringBuilder where = new StringBuilder(" where " + ProviderCondition.of("p.provider_id", providerScope) + " ");
		Map<String, Object> params = new HashMap<>();
		params.put("provider", providerScope);
		if (visibleTo != null) {
			// restricted and excluded access apply to finding a person too
			where.append("""
					and not exists (select 1 from reporting.case_restriction x where x.person_id = p.id
					                and x.username = :visibleTo and x.kind = 'EXCLUDED')
					and (not p.restricted or exists (select 1 from reporting.case_restriction a where a.person_id = p.id
					                and a.username = :visibleTo and a.kind = 'ALLOWED'))""");
			params.put("visibleTo", visibleTo);
		}
		if (query instanceof PersonQuery.ByCrn byCrn) {
			where.append(" and p.crn = :crn");
			params.put("crn", byCrn.crn().value());
		}
		else if (query instanceof PersonQuery.ByPnc byPnc) {
			where.append(" and p.pnc = :pnc");
			params.put("pnc", byPnc.pnc().toString());
		}
		else if (query instanceof PersonQuery.ByDateOfBirth byDob) {
			where.append(" and p.date_of_birth = :dob");
			params.put("dob", byDob.dateOfBirth());
		}
		else if (query instanceof PersonQuery.ByName byName) {
			List<String> terms = byName.terms();
			StringBuilder each = new StringBuilder("true");
			// Each term must start one of the person's names. The union keeps every
			// branch on an index.
			for (int i = 0; i < terms.size(); i++) {
				String t = ":term" + i;
				each.append(" and p.id in (select id from people.person where lower(surname) like ")
					.append(t)
					.append(" or " + SQUASHED_SURNAME + " like :squashed" + i)
					.append(" or lower(forename) like ")
					.append(t)
					.append(" or lower(middle_names) like ")
					.append(t)
					.append(" union select person_id from people.alias where lower(surname) like ")
					.append(t)
					.append(" or lower(forename) like ")
					.append(t)
					.append(")");
				params.put("term" + i, likePrefix(terms.get(i)));
				params.put("squashed" + i, likePrefix(squashed(terms.get(i))));
			}
			// or the whole of what was typed is the start of a surname: "O Brien" finds
			// O'Brien
			where.append(" and ((")
				.append(each)
				.append(") or p.id in (select id from people.person where ")
				.append(SQUASHED_SURNAME)
				.append(" like :whole))");
			params.put("whole", likePrefix(squashed(String.join("", terms))));
			List<String> asTyped = new java.util.ArrayList<>(terms);
			asTyped.add(String.join("", terms));
			params.put("exact", asTyped.stream().map(PersonRepository::squashed).toArray(String[]::new));
			params.put("prefixes", asTyped.stream().map(t -> likePrefix(squashed(t))).toArray(String[]::new));
		}
		String from = " from people.person p left join people.responsible_officer ro on ro.person_id = p.id and ro.to_date is null";
		long total = jdbc.sql("select count(*) from people.person p" + where).params(params).query(Long.class).single();
		String dir = direction.sql();
		// a name search puts the surnames that are what was typed first, then those that
		// begin with it ("O'Brien", "OBrien" and "O Brien" alike), then the rest
		String relevance = query instanceof PersonQuery.ByName && sort == PersonSort.NAME
				? "case when " + SQUASHED_SURNAME.replace("surname", "p.surname") + " = any(:exact) then 0 when "
						+ SQUASHED_SURNAME.replace("surname", "p.surname") + " like any(:prefixes) then 1 else 2 end, "
				: "";
		String order = switch (sort) {
			case NAME ->
				" order by " + relevance + "lower(p.surname) " + dir + ", lower(p.forename) " + dir + ", p.crn " + dir;
			case CRN -> " order by p.crn " + dir;
			case DATE_OF_BIRTH -> " order by p.date_of_birth " + dir + ", lower(p.surname), p.crn";
		};
		List<PersonSummary> content = jdbc
			.sql("select " + SUMMARY_COLUMNS + from + where + order + " limit :limit offset :offset")
			.params(params)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(PersonRepository::summary)
			.list();
		return new PageOf<>(content, page.page(), page.size(), total);
	}

	/**
	 * A surname as compared when searching: lower case, letters only, so that O'Brien,
	 * OBrien and O Brien, and Smith-Jones and Smith Jones, are the same (an index holds
	 * it: V202612081020).
	 */
	static final String SQUASHED_SURNAME = "regexp_replace(lower(surname), '[^[:alpha:]]', '', 'g')";

	static String squashed(String term) {
		return term.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}]", "");
	}

	/** A prefix LIKE pattern with the wildcards a person might type escaped. */
	static String likePrefix(String term) {
		return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

	public Optional<PersonRecord> findByCrn(String crn) {
		record Row(long id, String crn, String forename, @Nullable String middleNames, String surname, LocalDate dob,
				Gender gender, Ethnicity ethnicity, @Nullable String disability, @Nullable String religion,
				String nationality, boolean foreignNational, @Nullable String pnc, @Nullable String phone,
				@Nullable String email, long providerId, @Nullable LocalDate transferredOutOn,
				@Nullable String transferredTo, @Nullable String preferredChannel, boolean textReminders,
				boolean emailReminders, int version) {
		}
		Optional<Row> row = jdbc
			.sql("""
					select id, crn, forename, middle_names, surname, date_of_birth, gender, ethnicity, disability, religion,
					       nationality, foreign_national, pnc, phone, email, provider_id, transferred_out_on, transferred_to,
					       preferred_channel, text_reminders, email_reminders, version
					from people.person where crn = :crn
					""")
			.param("crn", crn)
			.query((rs, n) -> new Row(rs.getLong("id"), rs.getString("crn"), rs.getString("forename"),
					rs.getString("middle_names"), rs.getString("surname"),
					rs.getObject("date_of_birth", LocalDate.class), Gender.valueOf(rs.getString("gender")),
					Ethnicity.valueOf(rs.getString("ethnicity")), rs.getString("disability"), rs.getString("religion"),
					rs.getString("nationality"), rs.getBoolean("foreign_national"), rs.getString("pnc"),
					rs.getString("phone"), rs.getString("email"), rs.getLong("provider_id"),
					rs.getObject("transferred_out_on", LocalDate.class), rs.getString("transferred_to"),
					rs.getString("preferred_channel"), rs.getBoolean("text_reminders"),
					rs.getBoolean("email_reminders"), rs.getInt("version")))
			.optional();
		return row.map(r -> {
			List<PersonRecord.Alias> aliases = jdbc.sql(
					"select forename, surname, date_of_birth from people.alias where person_id = :id order by surname, forename")
				.param("id", r.id())
				.query((rs, n) -> new PersonRecord.Alias(rs.getString("forename"), rs.getString("surname"),
						rs.getObject("date_of_birth", LocalDate.class)))
				.list();
			record AddressRow(String line1, @Nullable String line2, String town, String postcode,
					@Nullable Long boroughId, LocalDate from, @Nullable LocalDate to) {
			}
			List<AddressRow> addressRows = jdbc.sql("""
					select line1, line2, town, postcode, borough_id, from_date, to_date
					from people.address where person_id = :id order by from_date desc
					""")
				.param("id", r.id())
				.query((rs, n) -> new AddressRow(rs.getString("line1"), rs.getString("line2"), rs.getString("town"),
						rs.getString("postcode"), rs.getObject("borough_id", Long.class),
						rs.getObject("from_date", LocalDate.class), rs.getObject("to_date", LocalDate.class)))
				.list();
			Map<Long, String> boroughs = organisation.boroughNames(
					addressRows.stream().map(AddressRow::boroughId).filter(java.util.Objects::nonNull).toList());
			List<PersonRecord.Address> addresses = addressRows.stream()
				.map(a -> new PersonRecord.Address(a.line1(), a.line2(), a.town(), a.postcode(),
						a.boroughId() == null ? null : boroughs.get(a.boroughId()), a.from(), a.to(), a.boroughId()))
				.toList();
			List<PersonRecord.OfficerAssignment> officers = jdbc.sql("""
					select staff_id, from_date, to_date, reason from people.responsible_officer
					where person_id = :id order by from_date desc, id desc
					""")
				.param("id", r.id())
				.query((rs, n) -> new PersonRecord.OfficerAssignment(rs.getLong("staff_id"),
						rs.getObject("from_date", LocalDate.class), rs.getObject("to_date", LocalDate.class),
						rs.getString("reason")))
				.list();
			return new PersonRecord(r.id(), r.crn(), r.forename(), r.middleNames(), r.surname(), r.dob(), r.gender(),
					r.ethnicity(), r.disability(), r.religion(), r.nationality(), r.foreignNational(), r.pnc(),
					r.phone(), r.email(), r.providerId(), aliases, addresses, officers, r.transferredOutOn(),
					r.transferredTo(), r.preferredChannel(), r.textReminders(), r.emailReminders(), r.version());
		});
	}

	public org.openprobation.people.HiddenCases hiddenFrom(String username) {
		java.util.Set<Long> ids = new java.util.HashSet<>();
		java.util.Set<String> crns = new java.util.HashSet<>();
		jdbc.sql("""
				select p.id, p.crn from people.person p
				join reporting.case_restriction x on x.person_id = p.id and x.username = :u and x.kind = 'EXCLUDED'
				union
				select p.id, p.crn from people.person p where p.restricted
				and not exists (select 1 from reporting.case_restriction a where a.person_id = p.id
				                and a.username = :u and a.kind = 'ALLOWED')
				""").param("u", username).query((rs, n) -> {
			ids.add(rs.getLong("id"));
			crns.add(rs.getString("crn"));
			return null;
		}).list();
		return ids.isEmpty() ? org.openprobation.people.HiddenCases.NONE
				: new org.openprobation.people.HiddenCases(java.util.Set.copyOf(ids), java.util.Set.copyOf(crns));
	}

	public boolean restricted(long personId) {
		return jdbc.sql("select restricted from people.person where id = :id")
			.param("id", personId)
			.query(Boolean.class)
			.optional()
			.orElse(false);
	}

	/**
	 * What reading needs of each case from the person record: provider, restriction and
	 * transfer (the users named on it are access's).
	 */
	public record ReadingOwner(long personId, String crn, long providerId, boolean restricted, boolean transferredOut) {
	}

	public Map<Long, ReadingOwner> readingOwners(Collection<Long> personIds) {
		Map<Long, ReadingOwner> owners = new HashMap<>();
		jdbc.sql("""
				select id, crn, provider_id, restricted, transferred_out_on is not null as transferred
				from people.person where id = any(:ids)
				""").param("ids", personIds.toArray(Long[]::new)).query((rs, n) -> {
			long id = rs.getLong("id");
			return owners.put(id, new ReadingOwner(id, rs.getString("crn").trim(), rs.getLong("provider_id"),
					rs.getBoolean("restricted"), rs.getBoolean("transferred")));
		}).list();
		return owners;
	}

	public void setRestricted(long personId, boolean restricted) {
		jdbc.sql("update people.person set restricted = :r, version = version + 1 where id = :id")
			.param("r", restricted)
			.param("id", personId)
			.update();
	}

	public Map<Long, PersonSummary> byIds(Collection<Long> personIds) {
		Map<Long, PersonSummary> result = new HashMap<>();
		jdbc.sql("select " + SUMMARY_COLUMNS + """
				from people.person p
				left join people.responsible_officer ro on ro.person_id = p.id and ro.to_date is null
				where p.id = any(:ids)
				""")
			.param("ids", personIds.toArray(Long[]::new))
			.query(PersonRepository::summary)
			.list()
			.forEach(p -> result.put(p.id(), p));
		return result;
	}

	public List<Long> allIds(@Nullable Long providerScope) {
		return jdbc
			.sql("select id from people.person where " + ProviderCondition.of("provider_id", providerScope)
					+ " order by id")
			.param("provider", providerScope)
			.query(Long.class)
			.list();
	}

	public Map<Long, Long> providersOf(Collection<Long> personIds) {
		Map<Long, Long> result = new java.util.HashMap<>();
		jdbc.sql("select id, provider_id from people.person where id = any(:ids)")
			.param("ids", personIds.toArray(Long[]::new))
			.query((rs, n) -> result.put(rs.getLong(1), rs.getLong(2)))
			.list();
		return result;
	}

	public List<PersonSummary> caseloadOf(Collection<Long> staffIds) {
		return jdbc.sql("select " + SUMMARY_COLUMNS + """
				from people.responsible_officer ro
				join people.person p on p.id = ro.person_id
				where ro.to_date is null and ro.staff_id = any(:staff)
				order by lower(p.surname), lower(p.forename), p.crn
				""").param("staff", staffIds.toArray(Long[]::new)).query(PersonRepository::summary).list();
	}

	public Map<Long, Long> officersOfCaseloads(Collection<Long> staffIds) {
		Map<Long, Long> officers = new java.util.HashMap<>();
		jdbc.sql("""
				select person_id, staff_id from people.responsible_officer
				where to_date is null and staff_id = any(:staff)
				""")
			.param("staff", staffIds.toArray(Long[]::new))
			.query((rs, n) -> officers.put(rs.getLong(1), rs.getLong(2)))
			.list();
		return officers;
	}

	public List<Long> caseloadSizes(@Nullable Long providerScope) {
		return jdbc.sql("""
				select count(*) from people.responsible_officer ro join people.person p on p.id = ro.person_id
				where ro.to_date is null and %s
				group by ro.staff_id
				""".formatted(ProviderCondition.of("p.provider_id", providerScope)))
			.param("provider", providerScope)
			.query(Long.class)
			.list();
	}

	public Map<Long, LocalDate> allocatedOn(Collection<Long> personIds) {
		Map<Long, LocalDate> result = new HashMap<>();
		jdbc.sql(
				"select person_id, from_date from people.responsible_officer where to_date is null and person_id = any(:ids)")
			.param("ids", personIds.toArray(Long[]::new))
			.query((rs, n) -> Map.entry(rs.getLong("person_id"), rs.getObject("from_date", LocalDate.class)))
			.list()
			.forEach(e -> result.put(e.getKey(), e.getValue()));
		return result;
	}

	static PersonSummary summary(ResultSet rs, int rowNum) throws SQLException {
		return new PersonSummary(rs.getLong("id"), rs.getString("crn"), rs.getString("forename"),
				rs.getString("surname"), rs.getObject("date_of_birth", LocalDate.class),
				Gender.valueOf(rs.getString("gender")), rs.getString("pnc"), rs.getLong("provider_id"),
				rs.getObject("officer_id", Long.class));
	}

}
