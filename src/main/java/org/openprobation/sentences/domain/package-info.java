/**
 * The rules of requirements in plain Java: how one ends, is varied, or is added to an
 * order.
 */
@NullMarked
package org.openprobation.sentences.domain;

import org.jspecify.annotations.NullMarked;
