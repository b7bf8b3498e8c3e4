/**
 * The Inspectorate's standards inside the platform: frameworks as data, the ratings
 * engine (key questions, standards and the overall rating by the published rules), as in
 * {@code ../shared/domain/inspection.md}.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Inspection",
		allowedDependencies = { "shared", "access" })
package org.openprobation.inspection;

import org.jspecify.annotations.NullMarked;
