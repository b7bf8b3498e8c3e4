/**
 * Value types shared by every module: identifiers of the domain (CRN, PNC number),
 * paging, and the COPY row format used by bulk loaders. No beans and no tables live here.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Shared value types",
		type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.openprobation.shared;

import org.jspecify.annotations.NullMarked;
