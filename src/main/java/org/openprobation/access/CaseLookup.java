package org.openprobation.access;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

import org.openprobation.shared.Crn;

/**
 * Finds who holds a case, for the {@link CaseGate}. Declared here and implemented by the
 * people module, so that access stays below it.
 */
public interface CaseLookup {

	Optional<Found> byCrn(Crn crn);

	Optional<Found> byPersonId(long personId);

	/**
	 * Who holds each of these cases, as far as reading needs (provider, restriction,
	 * exclusions, transfer; no officer, team or area), in a few queries for a whole list.
	 */
	Map<Long, Found> readingOwnersOf(Collection<Long> personIds);

	/**
	 * The CRNs of the cases this user is excluded from, or that are restricted without
	 * naming them: whatever their role, these are hidden from them everywhere.
	 */
	java.util.Set<String> hiddenFrom(String username);

	/** A case as the gate needs it: the person's id and CRN, and who holds the case. */
	record Found(long personId, Crn crn, CaseOwner owner) {
	}

}
