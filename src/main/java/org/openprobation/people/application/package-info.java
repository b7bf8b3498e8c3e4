/**
 * The use cases on a person's record as a whole: restricting a case to named staff and
 * excluding staff from it, each audited.
 */
@NullMarked
package org.openprobation.people.application;

import org.jspecify.annotations.NullMarked;
