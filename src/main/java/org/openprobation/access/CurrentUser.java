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

	/** Users who read across every provider (inspectors, administrators). */
	/**
	 * Senior probation officers, area managers and administrators allocate and reallocate
	 * cases.
	 */
	public boolean allocatesCases() {
		return hasAny(Role.SPO, Role.AREA_MANAGER, Role.ADMIN);
	}

	public boolean readsEveryProvider() {
		return hasAny(Role.INSPECTOR, Role.ADMIN);
	}

	/**
	 * The provider a search or list is limited to; null when the user reads every
	 * provider.
	 */
	public @Nullable Long providerScope() {
		return readsEveryProvider() ? null : providerId;
	}

}
