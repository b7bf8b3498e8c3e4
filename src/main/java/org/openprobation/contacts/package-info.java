/**
 * Contacts and appointments: booking with clash detection, outcomes, the officer's diary
 * and the person's contact history; the contact standard (next contact due, overdue, at
 * risk, lost) and rehabilitation activity days, as in
 * {@code ../shared/domain/supervision.md}.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Contacts and appointments", allowedDependencies = {
		"shared", "organisation", "access", "people", "sentences", "assessment", "policy", "planning" })
package org.openprobation.contacts;

import org.jspecify.annotations.NullMarked;
