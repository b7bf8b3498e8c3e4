/**
 * Events (convictions) with their offences and offence categories, the sentences they led
 * to (community order, suspended sentence order, licence, post-sentence supervision,
 * pre-release custody) and their requirements with progress. Owns the kinds of
 * supervision in {@code ../shared/domain/supervision.md}.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Sentences and requirements",
		allowedDependencies = { "shared", "people", "access" })
package org.openprobation.sentences;

import org.jspecify.annotations.NullMarked;
