package org.openprobation.interventions;

/** Demo data: the directory of interventions for every area of every provider. */
public interface InterventionsBulkLoad {

	/** Answers how many services were listed. */
	int generateDirectory(long seed);

}
