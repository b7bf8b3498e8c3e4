@NullMarked
package org.openprobation.tasks.application;

import org.jspecify.annotations.NullMarked;
