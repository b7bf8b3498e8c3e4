/** The rules of tasks people set, in plain Java. */
@NullMarked
package org.openprobation.tasks.domain;

import org.jspecify.annotations.NullMarked;
