package org.openprobation.assessment;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What assessment needs to know of enforcement, implemented there: the tier's women's
 * factors count a breach or recall within the last year ({@code assessment.md}), which
 * the form offers from the record. An interface here, so that assessment does not depend
 * on enforcement (which depends on contacts, which depends on assessment).
 */
public interface BreachOrRecallHistory {

	/** The date of the person's latest breach or recall started within the last year. */
	Optional<LocalDate> latestInLastYear(long personId);

}
