/**
 * The Inspectorate's standards inside the platform: frameworks as data, the ratings
 * engine (key questions, standards and the overall rating by the published rules), the
 * sample drawn from the record, the case assessment tool with evidence pre-filled from
 * other modules' public services and {@code reporting} views, results, reports and
 * recommendations, as in {@code ../shared/domain/inspection.md}.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Inspection",
		allowedDependencies = { "shared", "access", "organisation", "people", "assessment",
				"assessment :: safeguarding", "assessment :: scoring", "planning", "contacts", "enforcement" })
package org.openprobation.inspection;

import org.jspecify.annotations.NullMarked;
