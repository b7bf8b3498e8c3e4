/**
 * Allocation of cases to practitioners and their workload: points per case by tier and
 * kind, reductions (leave, training, specialist roles), available points and capacity, as
 * in {@code ../shared/domain/workload.md}.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Allocation and workload",
		allowedDependencies = { "shared", "organisation", "access", "people", "sentences", "assessment",
				"assessment :: safeguarding", "policy" })
package org.openprobation.allocation;

import org.jspecify.annotations.NullMarked;
