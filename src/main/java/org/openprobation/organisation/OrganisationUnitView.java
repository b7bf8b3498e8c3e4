package org.openprobation.organisation;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One provider, area, borough, office or team as administrators see it: its parent's
 * code, the provider type (providers only), when it opened and closed, and its version.
 */
public record OrganisationUnitView(UnitKind kind, String code, String name, @Nullable String parentCode,
		@Nullable ProviderType type, @Nullable LocalDate openedOn, @Nullable LocalDate closedOn, int version) {

	/** Closed on or before the day given. */
	public boolean closedBy(LocalDate day) {
		return closedOn != null && !closedOn.isAfter(day);
	}

}
