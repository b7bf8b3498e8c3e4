/**
 * The rules of a person's record in plain Java: what a registration or a change must be,
 * and when another record is likely the same person.
 */
@NullMarked
package org.openprobation.people.domain;

import org.jspecify.annotations.NullMarked;
