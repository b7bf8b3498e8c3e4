package org.openprobation.organisation.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.openprobation.organisation.OrganisationCounts;
import org.openprobation.organisation.OrganisationUnit;
import org.openprobation.organisation.OrganisationUnit.Level;
import org.openprobation.organisation.SpecialistRole;
import org.openprobation.organisation.StaffGrade;
import org.openprobation.organisation.StaffMember;
import org.openprobation.organisation.Team;
import org.openprobation.shared.ProviderCondition;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class OrganisationRepository {

	private static final String STAFF_SELECT = """
			select s.id, s.code, s.forename, s.surname, s.grade, s.team_id, t.code as team_code, t.name as team_name,
			       o.id as office_id, o.name as office_name, b.area_id, a.provider_id, s.contracted_hours,
			       s.employment, s.specialist_role, s.contract_ends_on, s.leaves_on
			from organisation.staff s
			join organisation.office o on o.id = s.office_id
			join organisation.borough b on b.id = o.borough_id
			join organisation.area a on a.id = b.area_id
			left join organisation.team t on t.id = s.team_id
			""";

	private final JdbcClient jdbc;

	OrganisationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public OrganisationCounts counts(@Nullable Long providerId) {
		return jdbc.sql("""
				select
				  (select count(*) from organisation.provider p where %s) as providers,
				  (select count(*) from organisation.area a where %s) as areas,
				  (select count(*) from organisation.borough b join organisation.area a on a.id = b.area_id
				     where %s) as boroughs,
				  (select count(*) from organisation.office o join organisation.borough b on b.id = o.borough_id
				     join organisation.area a on a.id = b.area_id
				     where %s) as offices,
				  (select count(*) from organisation.team t join organisation.office o on o.id = t.office_id
				     join organisation.borough b on b.id = o.borough_id join organisation.area a on a.id = b.area_id
				     where %s) as teams,
				  (select count(*) from organisation.staff s join organisation.office o on o.id = s.office_id
				     join organisation.borough b on b.id = o.borough_id join organisation.area a on a.id = b.area_id
				     where s.grade in ('PROBATION_OFFICER', 'PROBATION_SERVICES_OFFICER')
				       and %s) as practitioners
				""".formatted(ProviderCondition.of("p.id", providerId),
				ProviderCondition.of("a.provider_id", providerId), ProviderCondition.of("a.provider_id", providerId),
				ProviderCondition.of("a.provider_id", providerId), ProviderCondition.of("a.provider_id", providerId),
				ProviderCondition.of("a.provider_id", providerId)))
			.param("provider", providerId)
			.query((rs, n) -> new OrganisationCounts(rs.getLong("providers"), rs.getLong("areas"),
					rs.getLong("boroughs"), rs.getLong("offices"), rs.getLong("teams"), rs.getLong("practitioners")))
			.single();
	}

	public List<OrganisationUnit> hierarchy(@Nullable Long providerId, java.time.LocalDate today) {
		record Row(long providerId, String providerCode, String providerName, long areaId, String areaCode,
				String areaName, long boroughId, String boroughCode, String boroughName, long officeId,
				String officeCode, String officeName, @Nullable Long teamId, @Nullable String teamCode,
				@Nullable String teamName, long practitioners) {
		}
		List<Row> rows = jdbc.sql("""
				select p.id as provider_id, p.code as provider_code, p.name as provider_name,
				       a.id as area_id, a.code as area_code, a.name as area_name,
				       b.id as borough_id, b.code as borough_code, b.name as borough_name,
				       o.id as office_id, o.code as office_code, o.name as office_name,
				       t.id as team_id, t.code as team_code, t.name as team_name,
				       (select count(*) from organisation.staff s where s.team_id = t.id
				          and s.grade in ('PROBATION_OFFICER', 'PROBATION_SERVICES_OFFICER')) as practitioners
				from organisation.provider p
				join organisation.area a on a.provider_id = p.id and (a.closed_on is null or a.closed_on > :today)
				join organisation.borough b on b.area_id = a.id and (b.closed_on is null or b.closed_on > :today)
				left join organisation.office o on o.borough_id = b.id and (o.closed_on is null or o.closed_on > :today)
				left join organisation.team t on t.office_id = o.id and (t.closed_on is null or t.closed_on > :today)
				where %s and (p.closed_on is null or p.closed_on > :today)
				order by p.name, a.name, b.name, o.name, t.name
				""".formatted(ProviderCondition.of("p.id", providerId)))
			.param("provider", providerId)
			.param("today", today)
			.query((rs, n) -> new Row(rs.getLong("provider_id"), rs.getString("provider_code"),
					rs.getString("provider_name"), rs.getLong("area_id"), rs.getString("area_code"),
					rs.getString("area_name"), rs.getLong("borough_id"), rs.getString("borough_code"),
					rs.getString("borough_name"), rs.getLong("office_id"), nullableString(rs, "office_code"),
					nullableString(rs, "office_name"), rs.getObject("team_id", Long.class), rs.getString("team_code"),
					rs.getString("team_name"), rs.getLong("practitioners")))
			.list();
		// Build the tree bottom-up from the flat rows, keeping the SQL ordering.
		Map<Long, Node> providers = new LinkedHashMap<>();
		for (Row r : rows) {
			Node provider = providers.computeIfAbsent(r.providerId(),
					id -> new Node(id, r.providerCode(), r.providerName(), Level.PROVIDER));
			Node area = provider.child(r.areaId(), r.areaCode(), r.areaName(), Level.AREA);
			Node borough = area.child(r.boroughId(), r.boroughCode(), r.boroughName(), Level.BOROUGH);
			if (r.officeName() == null || r.officeName().isEmpty()) {
				continue;
			}
			Node office = borough.child(r.officeId(), r.officeCode(), r.officeName(), Level.OFFICE);
			if (r.teamId() != null) {
				Node team = office.child(r.teamId(), r.teamCode(), r.teamName(), Level.TEAM);
				team.practitioners = r.practitioners();
			}
		}
		return providers.values().stream().map(Node::toUnit).toList();
	}

	private static String nullableString(ResultSet rs, String column) throws SQLException {
		String value = rs.getString(column);
		return value == null ? "" : value;
	}

	public Map<Long, StaffMember> staffByIds(Collection<Long> ids) {
		Map<Long, StaffMember> byId = new LinkedHashMap<>();
		jdbc.sql(STAFF_SELECT + " where s.id = any(:ids)")
			.param("ids", ids.toArray(Long[]::new))
			.query(OrganisationRepository::staffMember)
			.list()
			.forEach(s -> byId.put(s.id(), s));
		return byId;
	}

	public java.util.List<StaffMember> staffOfProvider(long providerId) {
		return jdbc.sql(STAFF_SELECT + " where a.provider_id = :provider order by s.id")
			.param("provider", providerId)
			.query(OrganisationRepository::staffMember)
			.list();
	}

	public Optional<Long> staffIdByCode(String code) {
		return jdbc.sql("select id from organisation.staff where code = :code")
			.param("code", code)
			.query(Long.class)
			.optional();
	}

	public Optional<Team> teamByCode(String code) {
		record TeamRow(long id, String code, String name, String officeName, String boroughName, long areaId,
				String areaName, long providerId) {
		}
		Optional<TeamRow> team = jdbc.sql("""
				select t.id, t.code, t.name, o.name as office_name, b.name as borough_name, a.id as area_id,
				       a.name as area_name, a.provider_id
				from organisation.team t
				join organisation.office o on o.id = t.office_id
				join organisation.borough b on b.id = o.borough_id
				join organisation.area a on a.id = b.area_id
				where t.code = :code
				""")
			.param("code", code)
			.query((rs, n) -> new TeamRow(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
					rs.getString("office_name"), rs.getString("borough_name"), rs.getLong("area_id"),
					rs.getString("area_name"), rs.getLong("provider_id")))
			.optional();
		return team.map(t -> new Team(t.id(), t.code(), t.name(), t.officeName(), t.boroughName(), t.areaId(),
				t.areaName(), t.providerId(),
				jdbc.sql(STAFF_SELECT + " where s.team_id = :team order by s.grade desc, s.surname, s.forename")
					.param("team", t.id())
					.query(OrganisationRepository::staffMember)
					.list()));
	}

	public Map<Long, String> boroughNames(Collection<Long> ids) {
		Map<Long, String> names = new LinkedHashMap<>();
		jdbc.sql("select id, name from organisation.borough where id = any(:ids)")
			.param("ids", ids.toArray(Long[]::new))
			.query((rs, n) -> Map.entry(rs.getLong("id"), rs.getString("name")))
			.list()
			.forEach(e -> names.put(e.getKey(), e.getValue()));
		return names;
	}

	/** Training courses each member of staff holds that are valid on a date. */
	public Map<Long, Set<String>> coursesValidOn(Collection<Long> staffIds, LocalDate date) {
		Map<Long, Set<String>> result = new HashMap<>();
		jdbc.sql("""
				select staff_id, course from organisation.training_record
				where staff_id = any(:ids) and completed_on <= :date and (expires_on is null or expires_on >= :date)
				""")
			.param("ids", staffIds.toArray(Long[]::new))
			.param("date", date)
			.query((rs, n) -> Map.entry(rs.getLong("staff_id"), rs.getString("course")))
			.list()
			.forEach(e -> result.computeIfAbsent(e.getKey(), k -> new HashSet<>()).add(e.getValue()));
		return result;
	}

	public Set<Long> officesServing(long boroughId) {
		return new HashSet<>(jdbc.sql("select office_id from organisation.office_borough where borough_id = :b")
			.param("b", boroughId)
			.query(Long.class)
			.list());
	}

	public List<org.openprobation.organisation.TeamName> teamsOf(long providerId) {
		return jdbc.sql("""
				select t.code, t.name from organisation.team t
				join organisation.office o on o.id = t.office_id
				join organisation.borough b on b.id = o.borough_id
				join organisation.area a on a.id = b.area_id
				where a.provider_id = :p order by t.name, t.code
				""")
			.param("p", providerId)
			.query((rs, n) -> new org.openprobation.organisation.TeamName(rs.getString("code"), rs.getString("name")))
			.list();
	}

	public Optional<org.openprobation.organisation.AreaRef> area(String code) {
		return jdbc.sql("select id, code, name, provider_id from organisation.area where code = :c")
			.param("c", code)
			.query((rs, n) -> new org.openprobation.organisation.AreaRef(rs.getLong("id"), rs.getString("code"),
					rs.getString("name"), rs.getLong("provider_id"), jdbc.sql("""
							select t.code from organisation.team t join organisation.office o on o.id = t.office_id
							join organisation.borough b on b.id = o.borough_id where b.area_id = :a order by t.code
							""").param("a", rs.getLong("id")).query(String.class).list()))
			.optional();
	}

	public Optional<String> areaCode(long areaId) {
		return jdbc.sql("select code from organisation.area where id = :id")
			.param("id", areaId)
			.query(String.class)
			.optional();
	}

	public Optional<Long> firstProviderId() {
		return jdbc.sql("select id from organisation.provider order by id limit 1").query(Long.class).optional();
	}

	public Optional<String> teamCode(long teamId) {
		return jdbc.sql("select code from organisation.team where id = :id")
			.param("id", teamId)
			.query(String.class)
			.optional();
	}

	public Optional<String> providerType(long providerId) {
		return jdbc.sql("select type from organisation.provider where id = :id")
			.param("id", providerId)
			.query(String.class)
			.optional();
	}

	public boolean teamClosedBy(long teamId, LocalDate day) {
		return jdbc.sql("select closed_on is not null and closed_on <= :day from organisation.team where id = :id")
			.param("day", day)
			.param("id", teamId)
			.query(Boolean.class)
			.single();
	}

	public long officeOfTeam(long teamId) {
		return jdbc.sql("select office_id from organisation.team where id = :id")
			.param("id", teamId)
			.query(Long.class)
			.single();
	}

	public Optional<Long> providerIdByCode(String code) {
		return jdbc.sql("select id from organisation.provider where code = :code")
			.param("code", code)
			.query(Long.class)
			.optional();
	}

	public java.util.Map<Long, String> providerCodes() {
		java.util.Map<Long, String> codes = new java.util.LinkedHashMap<>();
		jdbc.sql("select id, code from organisation.provider order by name")
			.query((rs, n) -> codes.put(rs.getLong("id"), rs.getString("code")))
			.list();
		return codes;
	}

	public java.util.Map<Long, String> providers() {
		java.util.Map<Long, String> providers = new java.util.LinkedHashMap<>();
		jdbc.sql("select id, name from organisation.provider order by name")
			.query((rs, n) -> providers.put(rs.getLong("id"), rs.getString("name")))
			.list();
		return providers;
	}

	public Optional<String> providerName(long providerId) {
		return jdbc.sql("select name from organisation.provider where id = :id")
			.param("id", providerId)
			.query(String.class)
			.optional();
	}

	static StaffMember staffMember(ResultSet rs, int rowNum) throws SQLException {
		String role = rs.getString("specialist_role");
		return new StaffMember(rs.getLong("id"), rs.getString("code"), rs.getString("forename"),
				rs.getString("surname"), StaffGrade.valueOf(rs.getString("grade")), rs.getObject("team_id", Long.class),
				rs.getString("team_code"), rs.getString("team_name"), rs.getLong("office_id"),
				rs.getString("office_name"), rs.getLong("area_id"), rs.getLong("provider_id"),
				rs.getBigDecimal("contracted_hours"), "AGENCY".equals(rs.getString("employment")),
				role == null ? null : SpecialistRole.valueOf(role), rs.getObject("contract_ends_on", LocalDate.class),
				rs.getObject("leaves_on", LocalDate.class));
	}

	private static final class Node {

		final long id;

		final String code;

		final String name;

		final Level level;

		long practitioners;

		final Map<Long, Node> children = new LinkedHashMap<>();

		Node(long id, String code, String name, Level level) {
			this.id = id;
			this.code = code;
			this.name = name;
			this.level = level;
		}

		Node child(long childId, String childCode, String childName, Level childLevel) {
			return children.computeIfAbsent(childId, k -> new Node(childId, childCode, childName, childLevel));
		}

		OrganisationUnit toUnit() {
			List<OrganisationUnit> units = new ArrayList<>();
			long total = practitioners;
			for (Node child : children.values()) {
				OrganisationUnit unit = child.toUnit();
				units.add(unit);
				total += unit.practitioners();
			}
			return new OrganisationUnit(id, code, name, level, total, units);
		}

	}

	public java.util.Optional<String> officeAddress(long officeId) {
		return jdbc.sql("select name || ', ' || address from organisation.office where id = :id")
			.param("id", officeId)
			.query(String.class)
			.optional();
	}

}
