/**
 * Enforcement: what each enforceable failure requires (warning, breach or recall, by the
 * kind of sentence), warnings with their letters (kept with the case's documents as
 * sent), and breach and recall as workflows with the manager's countersignature,
 * submission, packs returned for correction and the decision, each state dated so
 * timeliness can be measured.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Enforcement", allowedDependencies = { "shared",
		"organisation", "access", "people", "sentences", "contacts", "policy", "assessment", "documents" })
package org.openprobation.enforcement;

import org.jspecify.annotations.NullMarked;
