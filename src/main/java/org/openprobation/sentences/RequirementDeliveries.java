package org.openprobation.sentences;

import java.util.Collection;
import java.util.Map;

/**
 * What the record shows delivered on requirements, from the modules that record it
 * (contacts, unpaid work): the one source every page and rule reads a requirement's
 * progress from (ADR 36, ADR 37). Provided by a module that reads them all.
 */
public interface RequirementDeliveries {

	/** By requirement id; a requirement with nothing delivered may be absent. */
	Map<Long, Delivery> of(Collection<Requirement> requirements);

}
