package org.openprobation.access.persistence;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.openprobation.access.CurrentUser;
import org.openprobation.access.Role;
import org.openprobation.access.UsersBulkLoad;
import org.openprobation.organisation.Organisation;
import org.openprobation.organisation.StaffMember;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
public class UserRepository implements UsersBulkLoad {

	private final JdbcClient jdbc;

	private final Organisation organisation;

	private final PasswordEncoder passwordEncoder;

	UserRepository(JdbcClient jdbc, Organisation organisation, PasswordEncoder passwordEncoder) {
		this.jdbc = jdbc;
		this.organisation = organisation;
		this.passwordEncoder = passwordEncoder;
	}

	/**
	 * An account as sign-in sees it: who the user is, the hash to check, whether they may
	 * sign in, whether they must first change a one-time password, and which password
	 * this is (a sign-in made with an earlier one ends).
	 */
	public record StoredUser(CurrentUser user, String passwordHash, boolean enabled, boolean passwordChangeRequired,
			int passwordGeneration) {
	}

	/**
	 * A user with their place in the organisation: a staff member's team, area and
	 * provider come from their staff record; others carry a provider and area of their
	 * own.
	 */
	public Optional<StoredUser> findByUsername(String username) {
		record Row(long id, String username, String passwordHash, String displayName, @Nullable Long staffId,
				@Nullable Long providerId, @Nullable Long areaId, @Nullable Long teamId, boolean enabled,
				boolean passwordChangeRequired, int passwordGeneration) {
		}
		Optional<Row> row = jdbc.sql("""
				select id, username, password_hash, display_name, staff_id, provider_id, area_id, team_id, enabled,
				       password_change_required, password_generation
				from access.app_user where username = :username
				""")
			.param("username", username.strip().toLowerCase(java.util.Locale.ROOT))
			.query((rs, n) -> new Row(rs.getLong("id"), rs.getString("username"), rs.getString("password_hash"),
					rs.getString("display_name"), rs.getObject("staff_id", Long.class),
					rs.getObject("provider_id", Long.class), rs.getObject("area_id", Long.class),
					rs.getObject("team_id", Long.class), rs.getBoolean("enabled"),
					rs.getBoolean("password_change_required"), rs.getInt("password_generation")))
			.optional();
		return row.map(r -> {
			Set<Role> roles = EnumSet.noneOf(Role.class);
			jdbc.sql("select role from access.user_role where user_id = :id")
				.param("id", r.id())
				.query(String.class)
				.list()
				.forEach(role -> roles.add(Role.valueOf(role)));
			Long teamId = r.teamId();
			Long areaId = r.areaId();
			Long providerId = r.providerId();
			if (r.staffId() != null) {
				Optional<StaffMember> staff = organisation.staffMember(r.staffId());
				if (staff.isPresent()) {
					teamId = staff.get().teamId();
					areaId = staff.get().areaId();
					providerId = staff.get().providerId();
				}
			}
			CurrentUser user = new CurrentUser(r.id(), r.username(), r.displayName(), roles, r.staffId(), teamId,
					areaId, providerId);
			return new StoredUser(user, r.passwordHash(), r.enabled(), r.passwordChangeRequired(),
					r.passwordGeneration());
		});
	}

	/** The username of the account with this email address, whatever its case. */
	public Optional<String> usernameByEmail(String email) {
		return jdbc.sql("select username from access.app_user where lower(email) = lower(:email)")
			.param("email", email.strip())
			.query(String.class)
			.optional();
	}

	@Override
	@Transactional
	public int setEnabled(List<String> usernames, boolean enabled) {
		return jdbc
			.sql("update access.app_user set enabled = :enabled where username in (:names) and enabled <> :enabled")
			.param("enabled", enabled)
			.param("names", usernames)
			.update();
	}

	@Override
	public long enabledAccounts() {
		return jdbc.sql("select count(*) from access.app_user where enabled").query(Long.class).single();
	}

	@Override
	public boolean exists(String username) {
		return jdbc.sql("select exists (select 1 from access.app_user where username = :username)")
			.param("username", username)
			.query(Boolean.class)
			.single();
	}

	@Override
	@Transactional
	public void create(List<NewUser> users) {
		java.util.Map<String, String> hashes = new java.util.HashMap<>();
		for (NewUser u : users) {
			String hash = hashes.computeIfAbsent(u.rawPassword(), passwordEncoder::encode);
			long id = jdbc.sql("""
					insert into access.app_user (username, password_hash, display_name, staff_id, provider_id, area_id)
					values (:username, :hash, :displayName, :staffId, :providerId, :areaId) returning id
					""")
				.param("username", u.username())
				.param("hash", hash)
				.param("displayName", u.displayName())
				.param("staffId", u.staffId())
				.param("providerId", u.providerId())
				.param("areaId", u.areaId())
				.query(Long.class)
				.single();
			for (Role role : u.roles()) {
				jdbc.sql("insert into access.user_role (user_id, role) values (:id, :role)")
					.param("id", id)
					.param("role", role.name())
					.update();
			}
		}
	}

	/** An enabled account's username and name. */
	public record Named(String username, String displayName) {
	}

	/**
	 * The enabled accounts of a provider's team (their own team, or their staff
	 * member's), by name.
	 */
	public java.util.List<Named> teamAccounts(long providerId, long teamId) {
		return jdbc.sql("""
				select u.username, u.display_name from access.app_user u
				left join reporting.staff s on s.id = u.staff_id
				where u.enabled and u.provider_id = :provider and coalesce(u.team_id, s.team_id) = :team
				order by u.display_name, u.username
				""")
			.param("provider", providerId)
			.param("team", teamId)
			.query((rs, n) -> new Named(rs.getString(1), rs.getString(2)))
			.list();
	}

}
