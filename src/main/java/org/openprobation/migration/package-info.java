/**
 * Moving a provider's caseload in and out: the whole of what a provider holds exported as
 * a ZIP of CSV files in the open format of docs/data-format.md, each module contributing
 * the files of its own records.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Migration",
		allowedDependencies = { "shared", "access", "organisation", "assessment" })
package org.openprobation.migration;

import org.jspecify.annotations.NullMarked;
