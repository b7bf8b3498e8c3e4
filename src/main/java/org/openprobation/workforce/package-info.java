/**
 * The provider run by its own administrators and managers: providers, areas, boroughs,
 * offices and teams created, renamed and closed; each member of staff's record (grade,
 * hours, team moves, leaving), their workload reductions, training and performance
 * improvement plans; and each team's funded posts. Composes the organisation's and
 * allocation's records with who may keep them and the audit trail.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Workforce",
		allowedDependencies = { "shared", "organisation", "access", "allocation" })
package org.openprobation.workforce;

import org.jspecify.annotations.NullMarked;
