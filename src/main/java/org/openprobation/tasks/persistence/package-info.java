@NullMarked
package org.openprobation.tasks.persistence;

import org.jspecify.annotations.NullMarked;
