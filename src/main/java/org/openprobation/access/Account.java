package org.openprobation.access;

import java.time.Instant;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A platform account as its administrators see it: who, which roles, where in the
 * organisation (by code), whether it may sign in, and its version for safe concurrent
 * edits. Never its password.
 */
public record Account(String username, String name, @Nullable String email, Set<Role> roles,
		@Nullable String providerCode, @Nullable String areaCode, @Nullable String teamCode, @Nullable String staffCode,
		boolean enabled, boolean passwordChangeRequired, int version, Instant createdAt, @Nullable Instant updatedAt,
		@Nullable String updatedBy) {

	public Account {
		roles = Set.copyOf(roles);
	}

}
