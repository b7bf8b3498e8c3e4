/**
 * The web shell: layout, navigation, home, error pages and the screens that span modules
 * (the case overview and header, a team's caseload, oversight, safeguarding list and
 * things to do, the organisation and staff import), plus the API resources that span
 * modules. A screen about one module's records lives in that module's {@code web}.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Shell",
		allowedDependencies = { "shared", "organisation", "access", "people", "sentences", "assessment",
				"assessment :: scoring", "assessment :: safeguarding", "planning", "allocation", "contacts",
				"enforcement", "interventions", "unpaidwork", "oversight", "tasks", "documents" })
package org.openprobation.shell;

import org.jspecify.annotations.NullMarked;
