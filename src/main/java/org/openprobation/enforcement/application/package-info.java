/**
 * Enforcement's use cases, each reading load (open the case through the gate), decide
 * (the rules and the workflow of {@code domain}), save, audit: the picture of a case's
 * failures, the warning and the breach or recall workflow, and breach timeliness.
 */
@NullMarked
package org.openprobation.enforcement.application;

import org.jspecify.annotations.NullMarked;
