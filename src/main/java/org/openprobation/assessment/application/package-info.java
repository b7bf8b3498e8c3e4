/**
 * The use cases that change a case's assessment, each opening the case through the gate,
 * saving, recomputing the tier and auditing in one transaction: risk of serious harm, RSR
 * and the women's factors; registrations (with the safeguarding checks a concern calls
 * for).
 */
@NullMarked
package org.openprobation.assessment.application;

import org.jspecify.annotations.NullMarked;
