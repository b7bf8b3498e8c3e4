package org.openprobation.access;

import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Who holds a case: the provider, and the area, team and responsible officer where
 * allocated; and whether it is restricted to named users, with the users allowed and
 * those excluded (with the reason each was excluded).
 */
public record CaseOwner(long providerId, @Nullable Long areaId, @Nullable Long teamId, @Nullable Long officerStaffId,
		boolean restricted, Set<String> allowed, Map<String, String> excluded) {

	public CaseOwner {
		allowed = Set.copyOf(allowed);
		excluded = Map.copyOf(excluded);
	}

	/** A case with no restriction and nobody excluded. */
	public CaseOwner(long providerId, @Nullable Long areaId, @Nullable Long teamId, @Nullable Long officerStaffId) {
		this(providerId, areaId, teamId, officerStaffId, false, Set.of(), Map.of());
	}

}
