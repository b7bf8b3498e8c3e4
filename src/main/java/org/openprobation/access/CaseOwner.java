package org.openprobation.access;

import org.jspecify.annotations.Nullable;

/**
 * Who holds a case: the provider, and the area, team and responsible officer where
 * allocated.
 */
public record CaseOwner(long providerId, @Nullable Long areaId, @Nullable Long teamId, @Nullable Long officerStaffId) {
}
