package org.openprobation.organisation.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.openprobation.organisation.OrganisationUnitView;
import org.openprobation.organisation.ProviderType;
import org.openprobation.organisation.UnitHistoryEntry;
import org.openprobation.organisation.UnitKind;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Providers, areas, boroughs, offices and teams as administrators keep them. Table names
 * come from {@link UnitKind}, never from what was typed.
 */
@Repository
public class OrganisationUnitRepository {

	private final JdbcClient jdbc;

	OrganisationUnitRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public record Unit(long id, OrganisationUnitView view) {
	}

	private static String select(UnitKind kind) {
		UnitKind parent = kind.parent();
		String parentCode = parent == null ? "null::text" : "p.code";
		String join = parent == null ? ""
				: " left join organisation." + parent.table() + " p on p.id = u." + kind.parentColumn();
		String type = kind == UnitKind.PROVIDER ? "u.type" : "null::text";
		return "select u.id, u.code, u.name, " + parentCode + " as parent_code, " + type
				+ " as type, u.opened_on, u.closed_on, u.version from organisation." + kind.table() + " u" + join;
	}

	public Optional<Unit> find(UnitKind kind, String code) {
		return jdbc.sql(select(kind) + " where u.code = :code")
			.param("code", code)
			.query((rs, n) -> unit(kind, rs))
			.optional();
	}

	public List<Unit> page(UnitKind kind, String search, int limit, long offset) {
		return jdbc.sql(select(kind) + " where " + MATCHES + " order by u.code limit :limit offset :offset")
			.param("search", search)
			.param("limit", limit)
			.param("offset", offset)
			.query((rs, n) -> unit(kind, rs))
			.list();
	}

	public long count(UnitKind kind, String search) {
		return jdbc.sql("select count(*) from organisation." + kind.table() + " u where " + MATCHES)
			.param("search", search)
			.query(Long.class)
			.single();
	}

	private static final String MATCHES = """
			(:search = '' or position(lower(:search) in lower(u.code)) > 0
			 or position(lower(:search) in lower(u.name)) > 0)""";

	private static Unit unit(UnitKind kind, java.sql.ResultSet rs) throws java.sql.SQLException {
		String type = rs.getString("type");
		return new Unit(rs.getLong("id"),
				new OrganisationUnitView(kind, rs.getString("code"), rs.getString("name"), rs.getString("parent_code"),
						type == null ? null : ProviderType.valueOf(type), rs.getObject("opened_on", LocalDate.class),
						rs.getObject("closed_on", LocalDate.class), rs.getInt("version")));
	}

	/** Whether a unit of the kind has the code already. */
	public boolean codeTaken(UnitKind kind, String code) {
		return jdbc.sql("select exists (select 1 from organisation." + kind.table() + " where code = :code)")
			.param("code", code)
			.query(Boolean.class)
			.single();
	}

	public long insert(UnitKind kind, String code, String name, @Nullable Long parentId, @Nullable ProviderType type,
			@Nullable String address, boolean innerLondon, LocalDate openedOn) {
		long id = switch (kind) {
			case PROVIDER -> jdbc.sql(
					"insert into organisation.provider (code, name, type, opened_on) values (:code, :name, :type, :on) "
							+ "returning id")
				.param("type", type == null ? null : type.name())
				.param("code", code)
				.param("name", name)
				.param("on", openedOn)
				.query(Long.class)
				.single();
			case BOROUGH -> jdbc.sql("""
					insert into organisation.borough (area_id, code, name, inner_london, opened_on)
					values (:parent, :code, :name, :inner, :on) returning id""")
				.param("parent", parentId)
				.param("inner", innerLondon)
				.param("code", code)
				.param("name", name)
				.param("on", openedOn)
				.query(Long.class)
				.single();
			case OFFICE -> jdbc.sql("""
					insert into organisation.office (borough_id, code, name, address, opened_on)
					values (:parent, :code, :name, :address, :on) returning id""")
				.param("parent", parentId)
				.param("address", address == null ? "" : address)
				.param("code", code)
				.param("name", name)
				.param("on", openedOn)
				.query(Long.class)
				.single();
			default -> jdbc
				.sql("insert into organisation." + kind.table() + " (" + kind.parentColumn()
						+ ", code, name, opened_on) values (:parent, :code, :name, :on) returning id")
				.param("parent", parentId)
				.param("code", code)
				.param("name", name)
				.param("on", openedOn)
				.query(Long.class)
				.single();
		};
		if (kind == UnitKind.OFFICE) {
			jdbc.sql("insert into organisation.office_borough (office_id, borough_id) values (:office, :borough)")
				.param("office", id)
				.param("borough", parentId)
				.update();
		}
		return id;
	}

	/** Saves a new name and closing date if nobody changed the unit since the version. */
	public boolean update(UnitKind kind, long id, String name, @Nullable LocalDate closedOn, int version) {
		return jdbc
			.sql("update organisation." + kind.table() + " set name = :name, closed_on = :closedOn, "
					+ "version = version + 1 where id = :id and version = :version")
			.param("name", name)
			.param("closedOn", closedOn)
			.param("id", id)
			.param("version", version)
			.update() == 1;
	}

	/**
	 * What still works in the unit on the day it would close: its open children and, for
	 * a team, its staff.
	 */
	public long stillOpenWithin(UnitKind kind, long id, LocalDate day) {
		UnitKind child = kind.child();
		long children = child == null ? 0
				: jdbc
					.sql("select count(*) from organisation." + child.table() + " where " + child.parentColumn()
							+ " = :id and (closed_on is null or closed_on > :day)")
					.param("id", id)
					.param("day", day)
					.query(Long.class)
					.single();
		if (kind == UnitKind.TEAM) {
			children += jdbc.sql("select count(*) from organisation.staff where team_id = :id")
				.param("id", id)
				.query(Long.class)
				.single();
		}
		return children;
	}

	public void history(UnitKind kind, long id, String change, String name, LocalDate effectiveOn, String by,
			Instant at) {
		jdbc.sql(
				"""
						insert into organisation.unit_history (kind, unit_id, change, name, effective_on, changed_at, changed_by)
						values (:kind, :id, :change, :name, :on, :at, :by)""")
			.param("kind", kind.name())
			.param("id", id)
			.param("change", change)
			.param("name", name)
			.param("on", effectiveOn)
			.param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
			.param("by", by)
			.update();
	}

	public List<UnitHistoryEntry> history(UnitKind kind, long id) {
		return jdbc.sql("""
				select change, name, effective_on, changed_at, changed_by from organisation.unit_history
				where kind = :kind and unit_id = :id order by id""")
			.param("kind", kind.name())
			.param("id", id)
			.query((rs, n) -> new UnitHistoryEntry(rs.getString("change"), rs.getString("name"),
					rs.getObject("effective_on", LocalDate.class),
					rs.getObject("changed_at", OffsetDateTime.class).toInstant(), rs.getString("changed_by")))
			.list();
	}

}
