/**
 * Unpaid work (community payback): projects and their sessions, bookings that cannot
 * oversubscribe a session or clash with the person's other appointments, waiting lists,
 * the supervisor's register (attendance, hours credited, absences, stand-downs, travel)
 * and each person's progress against the 12-month deadline, as in
 * {@code ../shared/domain/supervision.md}.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Unpaid work", allowedDependencies = { "shared",
		"organisation", "access", "people", "sentences", "assessment", "contacts", "policy" })
package org.openprobation.unpaidwork;

import org.jspecify.annotations.NullMarked;
