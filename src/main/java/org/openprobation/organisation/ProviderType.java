package org.openprobation.organisation;

public enum ProviderType {

	NPS_DIVISION("NPS division"), CRC("Community Rehabilitation Company"), UNIFIED_REGION("Probation Service region");

	private final String label;

	ProviderType(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
