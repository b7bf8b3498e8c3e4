/**
 * The person on probation: identity (CRN, PNC), names and aliases, protected
 * characteristics, contact details and address history, and the responsible officer with
 * its full history so continuity of officer can be measured. Owns finding a person.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "People on probation",
		allowedDependencies = { "shared", "organisation", "access" })
package org.openprobation.people;

import org.jspecify.annotations.NullMarked;
