package org.openprobation.access;

import java.io.Serial;
import java.io.Serializable;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The signed-in user and where they sit: their staff record, team, area and provider, as
 * far as they have one (an inspector or an administrator may have none).
 */
public record CurrentUser(long id, String username, String displayName, Set<Role> roles, @Nullable Long staffId,
		@Nullable Long teamId, @Nullable Long areaId, @Nullable Long providerId) implements Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	public CurrentUser {
		roles = Set.copyOf(roles);
	}

	public boolean has(Role role) {
		return roles.contains(role);
	}

	public boolean hasAny(Role... wanted) {
		for (Role role : wanted) {
			if (roles.contains(role)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Senior probation officers, area managers and administrators allocate and reallocate
	 * cases.
	 */
	public boolean allocatesCases() {
		return hasAny(Role.SPO, Role.AREA_MANAGER, Role.ADMIN);
	}

	/** Users who read across every provider (inspectors, administrators). */
	public boolean readsEveryProvider() {
		return hasAny(Role.INSPECTOR, Role.ADMIN);
	}

	/**
	 * The provider a search or list is limited to; null when the user reads every
	 * provider. A user who reads one provider but has none recorded is limited to
	 * {@link #NO_PROVIDER}, which matches nothing: an account set up wrong sees nothing,
	 * never everything.
	 */
	public @Nullable Long providerScope() {
		if (readsEveryProvider()) {
			return null;
		}
		return providerId == null ? NO_PROVIDER : providerId;
	}

	/** A provider id no provider has (ids start at 1). */
	public static final long NO_PROVIDER = -1L;

}
