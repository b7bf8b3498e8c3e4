/**
 * Live oversight for managers: team, area and provider dashboards with the cases behind
 * every number, trends, equality monitoring, workforce information, the self-inspection
 * projection and the national view. Reads other modules through their public services and
 * {@code reporting} views only.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Oversight",
		allowedDependencies = { "shared", "access", "organisation", "people", "sentences", "assessment",
				"assessment :: safeguarding", "assessment :: scoring", "planning", "contacts", "enforcement",
				"enforcement :: workflow", "unpaidwork", "unpaidwork :: attendance", "allocation", "inspection" })
package org.openprobation.oversight;

import org.jspecify.annotations.NullMarked;
