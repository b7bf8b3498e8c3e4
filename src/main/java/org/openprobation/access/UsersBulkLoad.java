package org.openprobation.access;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/** Creates platform users in one go (the demo sign-ins, the first administrator). */
public interface UsersBulkLoad {

	void create(List<NewUser> users);

	/**
	 * Lets these accounts sign in again, or stops them; answers how many changed.
	 */
	int setEnabled(List<String> usernames, boolean enabled);

	/** How many accounts may sign in. */
	long enabledAccounts();

	/** Whether an account of that name exists, enabled or not. */
	boolean exists(String username);

	record NewUser(String username, String rawPassword, String displayName, Set<Role> roles, @Nullable Long staffId,
			@Nullable Long providerId, @Nullable Long areaId) {
	}

}
