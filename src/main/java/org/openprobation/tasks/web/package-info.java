@NullMarked
package org.openprobation.tasks.web;

import org.jspecify.annotations.NullMarked;
