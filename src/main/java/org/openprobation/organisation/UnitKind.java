package org.openprobation.organisation;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The levels of the organisation that are administered: each names its table, its parent
 * level and how the API and pages name it ({@code /organisation/teams/...}).
 */
public enum UnitKind {

	PROVIDER("providers", "provider", "Provider", null), AREA("areas", "area", "Area", PROVIDER),
	BOROUGH("boroughs", "borough", "Borough", AREA), OFFICE("offices", "office", "Office", BOROUGH),
	TEAM("teams", "team", "Team", OFFICE);

	private final String plural;

	private final String table;

	private final String label;

	private final @Nullable UnitKind parent;

	UnitKind(String plural, String table, String label, @Nullable UnitKind parent) {
		this.plural = plural;
		this.table = table;
		this.label = label;
		this.parent = parent;
	}

	/** As paths name it: providers, areas, boroughs, offices, teams. */
	public String plural() {
		return plural;
	}

	/** The table in the organisation schema; fixed here, never typed by a user. */
	public String table() {
		return table;
	}

	public String label() {
		return label;
	}

	public @Nullable UnitKind parent() {
		return parent;
	}

	public @Nullable UnitKind child() {
		for (UnitKind kind : values()) {
			if (kind.parent == this) {
				return kind;
			}
		}
		return null;
	}

	/** The column of the table that names the parent, or null for a provider. */
	public @Nullable String parentColumn() {
		return parent == null ? null : parent.table + "_id";
	}

	public static Optional<UnitKind> fromPlural(String typed) {
		for (UnitKind kind : values()) {
			if (kind.plural.equals(typed)) {
				return Optional.of(kind);
			}
		}
		return Optional.empty();
	}

}
