/**
 * Sentence plans: objectives linked to criminogenic needs and to risk of serious harm,
 * with target dates and status; and gap detection: every need linked to offending or
 * harm, and the risk of harm when it is medium or above, must be in the plan or carry a
 * recorded reason.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Sentence planning",
		allowedDependencies = { "shared", "organisation", "access", "people", "assessment", "assessment :: scoring" })
package org.openprobation.planning;

import org.jspecify.annotations.NullMarked;
