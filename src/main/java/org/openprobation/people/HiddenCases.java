package org.openprobation.people;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The cases one user may not see: those they are excluded from, and the restricted cases
 * they are not named on. Lists of named people leave out what the case gate hides; this
 * set serves the diary (which keeps a hidden case's slot without its name) and the audit
 * trail.
 */
public record HiddenCases(Set<Long> personIds, Set<String> crns) {

	public static final HiddenCases NONE = new HiddenCases(Set.of(), Set.of());

	public boolean hides(long personId) {
		return personIds.contains(personId);
	}

	public boolean hidesCrn(@Nullable String crn) {
		return crn != null && crns.contains(crn);
	}

	public boolean isEmpty() {
		return personIds.isEmpty();
	}

}
