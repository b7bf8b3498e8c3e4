package org.openprobation.access.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.openprobation.access.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Accounts as administrators keep them: by ids of the organisation, never a password. */
@Repository
public class AccountRepository {

	private final JdbcClient jdbc;

	AccountRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Where an account sits: a staff record, or a provider, area and team of its own. */
	public record Place(@Nullable Long providerId, @Nullable Long areaId, @Nullable Long teamId,
			@Nullable Long staffId) {
	}

	public record AccountRow(long id, String username, String name, @Nullable String email, Set<Role> roles,
			Place place, boolean enabled, boolean passwordChangeRequired, int version, Instant createdAt,
			@Nullable Instant updatedAt, @Nullable String updatedBy) {
	}

	private static final String SELECT = """
			select id, username, display_name, email, provider_id, area_id, team_id, staff_id, enabled,
			       password_change_required, version, created_at, updated_at, updated_by
			from access.app_user
			""";

	public Optional<AccountRow> find(String username) {
		List<AccountRow> rows = query(SELECT + " where username = :username", Map.of("username", username), 1, 0);
		return rows.stream().findFirst();
	}

	/**
	 * A page of accounts in username order, those whose username, name or email contain
	 * the search text.
	 */
	public List<AccountRow> page(String search, int limit, long offset) {
		return query(SELECT + " where " + MATCHES + " order by username limit :limit offset :offset",
				Map.of("search", search), limit, offset);
	}

	public long count(String search) {
		return jdbc.sql("select count(*) from access.app_user where " + MATCHES)
			.param("search", search)
			.query(Long.class)
			.single();
	}

	private static final String MATCHES = """
			(:search = '' or position(lower(:search) in username) > 0
			 or position(lower(:search) in lower(display_name)) > 0
			 or position(lower(:search) in lower(coalesce(email, ''))) > 0)
			""";

	private List<AccountRow> query(String sql, Map<String, ?> params, int limit, long offset) {
		record Row(long id, String username, String name, @Nullable String email, Place place, boolean enabled,
				boolean passwordChangeRequired, int version, Instant createdAt, @Nullable Instant updatedAt,
				@Nullable String updatedBy) {
		}
		var statement = jdbc.sql(sql);
		params.forEach(statement::param);
		if (sql.contains(":limit")) {
			statement = statement.param("limit", limit).param("offset", offset);
		}
		List<Row> rows = statement
			.query((rs, n) -> new Row(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
					rs.getString("email"),
					new Place(rs.getObject("provider_id", Long.class), rs.getObject("area_id", Long.class),
							rs.getObject("team_id", Long.class), rs.getObject("staff_id", Long.class)),
					rs.getBoolean("enabled"), rs.getBoolean("password_change_required"), rs.getInt("version"),
					rs.getObject("created_at", OffsetDateTime.class).toInstant(),
					Optional.ofNullable(rs.getObject("updated_at", OffsetDateTime.class))
						.map(OffsetDateTime::toInstant)
						.orElse(null),
					rs.getString("updated_by")))
			.list();
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<Long, Set<Role>> roles = new LinkedHashMap<>();
		jdbc.sql("select user_id, role from access.user_role where user_id in (:ids)")
			.param("ids", rows.stream().map(Row::id).toList())
			.query((rs, n) -> roles.computeIfAbsent(rs.getLong("user_id"), id -> EnumSet.noneOf(Role.class))
				.add(Role.valueOf(rs.getString("role"))))
			.list();
		return rows.stream()
			.map(r -> new AccountRow(r.id(), r.username(), r.name(), r.email(), roles.getOrDefault(r.id(), Set.of()),
					r.place(), r.enabled(), r.passwordChangeRequired(), r.version(), r.createdAt(), r.updatedAt(),
					r.updatedBy()))
			.toList();
	}

	public boolean emailTaken(String email, @Nullable String exceptUsername) {
		return jdbc.sql("""
				select exists (select 1 from access.app_user where lower(email) = lower(:email)
				    and username is distinct from :except)
				""").param("email", email).param("except", exceptUsername).query(Boolean.class).single();
	}

	public long insert(String username, String name, @Nullable String email, Set<Role> roles, Place place,
			String passwordHash, String by, Instant at) {
		long id = jdbc.sql("""
				insert into access.app_user (username, password_hash, display_name, email, provider_id, area_id,
				    team_id, staff_id, password_change_required, created_at, updated_at, updated_by)
				values (:username, :hash, :name, :email, :providerId, :areaId, :teamId, :staffId, true, :at, :at, :by)
				returning id
				""")
			.param("username", username)
			.param("hash", passwordHash)
			.param("name", name)
			.param("email", email)
			.param("providerId", place.providerId())
			.param("areaId", place.areaId())
			.param("teamId", place.teamId())
			.param("staffId", place.staffId())
			.param("at", OffsetDateTime.ofInstant(at, java.time.ZoneOffset.UTC))
			.param("by", by)
			.query(Long.class)
			.single();
		insertRoles(id, roles);
		return id;
	}

	/**
	 * Saves an edited account if nobody changed it since {@code version} was read;
	 * answers whether it did.
	 */
	public boolean update(AccountRow was, String name, @Nullable String email, Set<Role> roles, Place place,
			boolean enabled, int version, String by, Instant at) {
		int updated = jdbc.sql("""
				update access.app_user set display_name = :name, email = :email, provider_id = :providerId,
				    area_id = :areaId, team_id = :teamId, staff_id = :staffId, enabled = :enabled,
				    version = version + 1, updated_at = :at, updated_by = :by
				where id = :id and version = :version
				""")
			.param("name", name)
			.param("email", email)
			.param("providerId", place.providerId())
			.param("areaId", place.areaId())
			.param("teamId", place.teamId())
			.param("staffId", place.staffId())
			.param("enabled", enabled)
			.param("at", OffsetDateTime.ofInstant(at, java.time.ZoneOffset.UTC))
			.param("by", by)
			.param("id", was.id())
			.param("version", version)
			.update();
		if (updated == 0) {
			return false;
		}
		if (!roles.equals(was.roles())) {
			jdbc.sql("delete from access.user_role where user_id = :id").param("id", was.id()).update();
			insertRoles(was.id(), roles);
		}
		return true;
	}

	/**
	 * A new password: one-time (set by an administrator, to be changed at the next
	 * sign-in) or the user's own. Every earlier sign-in of the account ends.
	 */
	public void setPassword(long id, String passwordHash, boolean oneTime, String by, Instant at) {
		jdbc.sql("""
				update access.app_user set password_hash = :hash, password_change_required = :oneTime,
				    password_generation = password_generation + 1, updated_at = :at, updated_by = :by
				where id = :id
				""")
			.param("hash", passwordHash)
			.param("oneTime", oneTime)
			.param("at", OffsetDateTime.ofInstant(at, java.time.ZoneOffset.UTC))
			.param("by", by)
			.param("id", id)
			.update();
	}

	public Optional<String> passwordHash(long id) {
		return jdbc.sql("select password_hash from access.app_user where id = :id")
			.param("id", id)
			.query(String.class)
			.optional();
	}

	/** How many enabled administrators there are other than this account. */
	public long otherEnabledAdministrators(long id) {
		return jdbc.sql("""
				select count(*) from access.app_user u join access.user_role r on r.user_id = u.id
				where r.role = 'ADMIN' and u.enabled and u.id <> :id
				""").param("id", id).query(Long.class).single();
	}

	private void insertRoles(long id, Set<Role> roles) {
		for (Role role : roles) {
			jdbc.sql("insert into access.user_role (user_id, role) values (:id, :role)")
				.param("id", id)
				.param("role", role.name())
				.update();
		}
	}

}
