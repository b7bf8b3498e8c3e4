package org.openprobation.migration.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The errors found in a set: the first {@link #LIMIT} kept, and whether there were more:
 * enough to fix a file, without a set of a million bad rows filling the database.
 */
public final class ImportErrors {

	public static final int LIMIT = 1000;

	private final List<ImportError> kept = new ArrayList<>();

	private long count;

	public void add(ImportError error) {
		count++;
		if (kept.size() < LIMIT) {
			kept.add(error);
		}
	}

	/** How many more a check may still usefully list. */
	public int room() {
		return Math.max(0, LIMIT - kept.size()) + 1;
	}

	/** Whether errors were found beyond those kept. */
	public boolean truncated() {
		return count > kept.size();
	}

	public boolean any() {
		return count > 0;
	}

	public long count() {
		return count;
	}

	public List<ImportError> kept() {
		return List.copyOf(kept);
	}

}
