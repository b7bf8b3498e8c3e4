/**
 * The interventions directory: services the provider and its partners offer (the rate
 * card), by the need they address and the boroughs they cover, with eligibility, price,
 * capacity and waiting time, so officers find what exists near the person.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Interventions",
		allowedDependencies = { "shared", "organisation", "access", "people", "assessment", "sentences", "contacts" })
package org.openprobation.interventions;

import org.jspecify.annotations.NullMarked;
