package org.openprobation.access;

import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Who holds a case: the provider, and the area, team and responsible officer where
 * allocated; whether it is restricted to named users, with the users allowed and those
 * excluded (with the reason each was excluded); and whether it was transferred out of the
 * provider (to the NPS), when its record is kept read-only.
 */
public record CaseOwner(long providerId, @Nullable Long areaId, @Nullable Long teamId, @Nullable Long officerStaffId,
		boolean restricted, Set<String> allowed, Map<String, String> excluded, boolean transferredOut) {

	public CaseOwner {
		allowed = Set.copyOf(allowed);
		excluded = Map.copyOf(excluded);
	}

	/** A case still held by its provider. */
	public CaseOwner(long providerId, @Nullable Long areaId, @Nullable Long teamId, @Nullable Long officerStaffId,
			boolean restricted, Set<String> allowed, Map<String, String> excluded) {
		this(providerId, areaId, teamId, officerStaffId, restricted, allowed, excluded, false);
	}

	/** A case with no restriction and nobody excluded. */
	public CaseOwner(long providerId, @Nullable Long areaId, @Nullable Long teamId, @Nullable Long officerStaffId) {
		this(providerId, areaId, teamId, officerStaffId, false, Set.of(), Map.of(), false);
	}

	/** Whether this user is named on the case as excluded, or as allowed. */
	public boolean names(String username) {
		return allowed.contains(username) || excluded.containsKey(username);
	}

}
