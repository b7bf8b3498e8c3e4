package org.openprobation.sentences;

/**
 * Where a requirement of an order stands (the database's check constraint lists the
 * same).
 */
public enum RequirementStatus {

	ACTIVE, COMPLETED, TERMINATED

}
