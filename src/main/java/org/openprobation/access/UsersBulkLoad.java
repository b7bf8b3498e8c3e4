package org.openprobation.access;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/** Creates platform users in one go (the demo sign-ins). */
public interface UsersBulkLoad {

	void create(List<NewUser> users);

	/**
	 * Lets these accounts sign in again, or stops them; answers how many changed.
	 */
	int setEnabled(List<String> usernames, boolean enabled);

	record NewUser(String username, String rawPassword, String displayName, Set<Role> roles, @Nullable Long staffId,
			@Nullable Long providerId, @Nullable Long areaId) {
	}

}
