package org.openprobation.assessment.domain;

/** Sex as the scoring rules (OGRS3, tier) use it. */
public enum Sex {

	MALE, FEMALE

}
