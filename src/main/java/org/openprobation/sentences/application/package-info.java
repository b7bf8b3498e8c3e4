/**
 * The use cases that change a sentence: ending it with its outcome, through the case
 * gate, audited; and the completion rates the contract measures count.
 */
@NullMarked
package org.openprobation.sentences.application;

import org.jspecify.annotations.NullMarked;
