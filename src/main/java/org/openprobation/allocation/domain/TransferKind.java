package org.openprobation.allocation.domain;

/**
 * Why a case goes to the NPS ({@code assessment.md}, Allocation): a new sentence the
 * allocation rule gives it, or a CRC case whose risk rose (an escalation).
 */
public enum TransferKind {

	ALLOCATION("New sentence", "Allocation of a new sentence"), ESCALATION("Escalation", "Escalation: risk rose");

	private final String label;

	private final String description;

	TransferKind(String label, String description) {
		this.label = label;
		this.description = description;
	}

	public String label() {
		return label;
	}

	public String description() {
		return description;
	}

	/** The audit trail's word for the request. */
	public String auditAction() {
		return this == ESCALATION ? "ESCALATE_TO_NPS" : "REFER_TO_NPS";
	}

}
