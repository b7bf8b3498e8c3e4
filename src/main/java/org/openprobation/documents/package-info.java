/**
 * Documents on a case: uploaded by staff (a court report, a licence, a letter from a GP)
 * or kept when the platform writes one (a warning letter); each replaced by new versions
 * that keep the earlier ones, its type judged by its content, held in PostgreSQL or a
 * configured directory, and only ever downloaded, never shown in the browser.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Documents",
		allowedDependencies = { "shared", "access", "people" })
package org.openprobation.documents;

import org.jspecify.annotations.NullMarked;
