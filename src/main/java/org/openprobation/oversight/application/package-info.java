/**
 * Gathering each provider's oversight facts from the other modules' facades, and the
 * cache that keeps them (ADR 12).
 */
@NullMarked
package org.openprobation.oversight.application;

import org.jspecify.annotations.NullMarked;
