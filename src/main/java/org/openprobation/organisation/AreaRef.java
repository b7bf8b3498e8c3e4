package org.openprobation.organisation;

/** An area of a provider, with the codes of its teams. */
public record AreaRef(long id, String code, String name, long providerId, java.util.List<String> teamCodes) {

	public AreaRef {
		teamCodes = java.util.List.copyOf(teamCodes);
	}

}
