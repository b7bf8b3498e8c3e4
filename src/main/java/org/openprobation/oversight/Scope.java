package org.openprobation.oversight;

/** What a dashboard covers: a provider, one of its areas or one of its teams. */
public record Scope(Kind kind, long id, String code, String name, long providerId) {

	public enum Kind {

		PROVIDER, AREA, TEAM

	}

	/** The dashboard's path, like {@code /oversight/teams/N01-T01}. */
	public String path() {
		return switch (kind) {
			case PROVIDER -> "/oversight/providers/" + code;
			case AREA -> "/oversight/areas/" + code;
			case TEAM -> "/oversight/teams/" + code;
		};
	}

	public String label() {
		return switch (kind) {
			case PROVIDER -> name;
			case AREA -> name + " area";
			case TEAM -> name + " team";
		};
	}

}
