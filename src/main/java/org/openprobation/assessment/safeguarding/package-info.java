/**
 * Safeguarding checks: requests to children's social care and police domestic abuse
 * checks for cases with child contact or domestic abuse indicators, with sent and due
 * dates, chasers, escalation per policy, the response and what it changed, and the
 * outstanding list per team. Part of the assessment module, published as its
 * {@code safeguarding} interface (see ADR 7).
 */
@NullMarked
@org.springframework.modulith.NamedInterface("safeguarding")
package org.openprobation.assessment.safeguarding;

import org.jspecify.annotations.NullMarked;
