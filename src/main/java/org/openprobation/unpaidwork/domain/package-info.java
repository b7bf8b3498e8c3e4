/**
 * The rules of unpaid work in plain Java: hours credited, progress against the order, the
 * week's planner, and what happened at a session. What happened at a session is published
 * to other modules as the {@code attendance} interface.
 */
@NullMarked
@org.springframework.modulith.NamedInterface("attendance")
package org.openprobation.unpaidwork.domain;

import org.jspecify.annotations.NullMarked;
