/**
 * The scoring rules of {@code assessment.md} in plain Java (OGRS3, the tier, scoring a
 * case from its record). Their vocabulary (RoSH levels, needs, severities, MAPPA levels,
 * complexity factors) is published to other modules as the {@code scoring} interface.
 */
@NullMarked
@org.springframework.modulith.NamedInterface("scoring")
package org.openprobation.assessment.domain;

import org.jspecify.annotations.NullMarked;
