/** Opening a case for the sentence plan's pages, through the gate, audited. */
@NullMarked
package org.openprobation.planning.application;

import org.jspecify.annotations.NullMarked;
