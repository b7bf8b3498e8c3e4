/**
 * Who may do what: platform users and their roles, sign-in, sessions, the rule that
 * decides whether a user may read or change a person's case, and the audit trail of every
 * read and change of a person's record ({@code access.audit}).
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Access and audit",
		allowedDependencies = { "shared", "organisation" })
package org.openprobation.access;

import org.jspecify.annotations.NullMarked;
