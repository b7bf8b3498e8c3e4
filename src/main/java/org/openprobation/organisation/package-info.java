/**
 * The organisation that supervises people: providers (NPS divisions, CRCs, unified
 * regions), areas, boroughs, offices, teams and staff with their grades, contracted
 * hours, specialist roles and training. Owns the hierarchy of
 * {@code ../shared/domain/organisation-and-demo-data.md}.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Organisation", allowedDependencies = "shared")
package org.openprobation.organisation;

import org.jspecify.annotations.NullMarked;
