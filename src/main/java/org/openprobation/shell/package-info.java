/**
 * The web shell: layout, navigation, home, error pages and the screens that span modules
 * (case overview, caseloads, organisation), plus the API resources that span modules.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Shell",
		allowedDependencies = { "shared", "organisation", "access", "people", "sentences", "assessment",
				"assessment :: scoring", "assessment :: safeguarding", "planning", "allocation", "contacts",
				"enforcement", "interventions", "unpaidwork", "oversight", "policy" })
package org.openprobation.shell;

import org.jspecify.annotations.NullMarked;
