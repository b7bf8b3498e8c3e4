/**
 * The safeguarding use cases a practitioner or manager performs on a case: recording the
 * agency's answer, chasing and escalating an unanswered request. Each opens the case
 * through the gate, saves and audits in one transaction.
 */
@NullMarked
package org.openprobation.assessment.safeguarding.application;

import org.jspecify.annotations.NullMarked;
