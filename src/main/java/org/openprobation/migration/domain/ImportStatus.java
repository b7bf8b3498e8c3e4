package org.openprobation.migration.domain;

/**
 * Where an import run is: checking the whole set, loading it, done (loaded, or found
 * already imported), or failed (refused with its errors, or stopped) with nothing
 * written.
 */
public enum ImportStatus {

	VALIDATING, LOADING, DONE, FAILED;

	public boolean finished() {
		return this == DONE || this == FAILED;
	}

}
