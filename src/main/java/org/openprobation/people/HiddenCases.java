package org.openprobation.people;

import java.util.List;
import java.util.Set;
import java.util.function.ToLongFunction;

import org.jspecify.annotations.Nullable;

/**
 * The cases one user may not see: those they are excluded from, and the restricted cases
 * they are not named on. Lists of named people leave these out and say how many they left
 * out; counts (workload, figures) still include them, because the work is real.
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

	/** The rows of a list the user may see, by each row's person. */
	public <T> List<T> shown(List<T> rows, ToLongFunction<T> personId) {
		return isEmpty() ? rows : rows.stream().filter(row -> !hides(personId.applyAsLong(row))).toList();
	}

}
