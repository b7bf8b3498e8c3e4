/**
 * The synthetic demo dataset: a London CRC (or the national size: 21 CRCs and 7 NPS
 * divisions) generated deterministically from a seed with the figures of
 * {@code ../shared/domain/organisation-and-demo-data.md}, loaded through each module's
 * bulk interface. No real person is described.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Demo data",
		allowedDependencies = { "shared", "organisation", "access", "people", "sentences", "assessment",
				"assessment :: scoring", "allocation", "planning", "assessment :: safeguarding", "contacts",
				"enforcement", "interventions", "unpaidwork", "oversight", "inspection" })
package org.openprobation.demo;

import org.jspecify.annotations.NullMarked;
