package org.openprobation.shared;

import org.jspecify.annotations.Nullable;

/**
 * The condition that limits a statement to one provider's rows, or to none for every
 * provider, written into the statement itself. The form "(:provider is null or
 * p.provider_id = :provider)" looks the same but a prepared statement's generic plan
 * cannot use an index for it, so each provider's query would read the whole country.
 */
public final class ProviderCondition {

	private ProviderCondition() {
	}

	/**
	 * "column = :provider" for one provider, "true" for all; the statement binds
	 * {@code provider} either way.
	 */
	public static String of(String column, @Nullable Long providerId) {
		return providerId == null ? "true" : column + " = :provider";
	}

}
