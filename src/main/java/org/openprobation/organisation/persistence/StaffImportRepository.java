package org.openprobation.organisation.persistence;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What a staff import reads to check its rows, and its one write. */
@Repository
public class StaffImportRepository {

	private final JdbcClient jdbc;

	StaffImportRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A team a row names, with the office its staff work from, its provider, and the day
	 * it closes if it is closing.
	 */
	public record TeamPlace(long teamId, long officeId, long providerId, java.time.@Nullable LocalDate closedOn) {
	}

	public Map<String, TeamPlace> teams(Collection<String> codes) {
		Map<String, TeamPlace> result = new HashMap<>();
		jdbc.sql("""
				select t.code, t.id, t.office_id, a.provider_id, t.closed_on
				from organisation.team t
				join organisation.office o on o.id = t.office_id
				join organisation.borough b on b.id = o.borough_id
				join organisation.area a on a.id = b.area_id
				where t.code = any(:codes)
				""")
			.param("codes", codes.toArray(String[]::new))
			.query((rs, n) -> result.put(rs.getString(1),
					new TeamPlace(rs.getLong(2), rs.getLong(3), rs.getLong(4),
							rs.getObject(5, java.time.LocalDate.class))))
			.list();
		return result;
	}

	/** Which of these staff codes are already in use. */
	public Set<String> existingCodes(Collection<String> codes) {
		return new HashSet<>(jdbc.sql("select code from organisation.staff where code = any(:codes)")
			.param("codes", codes.toArray(String[]::new))
			.query(String.class)
			.list());
	}

	/** A checked row, ready to write. */
	public record NewStaff(String code, String forename, String surname, String grade, long officeId, long teamId,
			java.math.BigDecimal contractedHours, String employment, @Nullable String specialistRole,
			LocalDate startDate, @Nullable LocalDate contractEndsOn) {
	}

	/** Writes every row in one statement: all of them or, if it fails, none. */
	public int insert(List<NewStaff> staff) {
		return jdbc
			.sql("""
					insert into organisation.staff (code, forename, surname, grade, office_id, team_id, contracted_hours,
					    employment, specialist_role, start_date, contract_ends_on)
					select * from unnest(:codes::text[], :forenames::text[], :surnames::text[], :grades::text[],
					    :offices::bigint[], :teams::bigint[], :hours::text[]::numeric[], :employments::text[], :roles::text[],
					    :starts::text[]::date[], :ends::text[]::date[])
					""")
			.param("codes", staff.stream().map(NewStaff::code).toArray(String[]::new))
			.param("forenames", staff.stream().map(NewStaff::forename).toArray(String[]::new))
			.param("surnames", staff.stream().map(NewStaff::surname).toArray(String[]::new))
			.param("grades", staff.stream().map(NewStaff::grade).toArray(String[]::new))
			.param("offices", staff.stream().map(NewStaff::officeId).toArray(Long[]::new))
			.param("teams", staff.stream().map(NewStaff::teamId).toArray(Long[]::new))
			.param("hours", staff.stream().map(s -> s.contractedHours().toPlainString()).toArray(String[]::new))
			.param("employments", staff.stream().map(NewStaff::employment).toArray(String[]::new))
			.param("roles", staff.stream().map(NewStaff::specialistRole).toArray(String[]::new))
			.param("starts", staff.stream().map(s -> s.startDate().toString()).toArray(String[]::new))
			.param("ends",
					staff.stream()
						.map(s -> s.contractEndsOn() == null ? null : s.contractEndsOn().toString())
						.toArray(String[]::new))
			.update();
	}

}
