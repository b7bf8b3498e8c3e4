/**
 * The allocation use cases between providers: a sentence or release recorded and the
 * NPS/CRC rule run on it, and transfer requests decided by the NPS.
 */
@NullMarked
package org.openprobation.allocation.application;

import org.jspecify.annotations.NullMarked;
