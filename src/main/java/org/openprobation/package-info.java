/**
 * OpenProbation: probation case management and oversight, one modular monolith. Each
 * direct sub-package is an application module named for a word of the domain; the
 * boundaries are verified by Spring Modulith in {@code ModularityTests}.
 */
@NullMarked
package org.openprobation;

import org.jspecify.annotations.NullMarked;
