/**
 * Assessment: risk of serious harm, OGRS3, criminogenic needs, registrations and the
 * tier, as specified in {@code ../shared/domain/assessment.md}. The scoring rules are
 * plain Java in {@code domain}; the stateless calculators are also offered through the
 * API.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Assessment",
		allowedDependencies = { "shared", "organisation", "access", "people", "sentences", "policy" })
package org.openprobation.assessment;

import org.jspecify.annotations.NullMarked;
