/**
 * The rules of enforcement in plain Java: what a failure requires, breach timeliness, and
 * the breach and recall workflow. Their vocabulary (kinds and states of an action) is
 * published to other modules as the {@code workflow} interface.
 */
@NullMarked
@org.springframework.modulith.NamedInterface("workflow")
package org.openprobation.enforcement.domain;

import org.jspecify.annotations.NullMarked;
