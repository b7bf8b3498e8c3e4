/**
 * Policy settings: the values the domain specification marks as policy (local practice
 * defaults such as enforcement and safeguarding timescales), each a {@link Policy}
 * defined by the module whose rule it sets, held per provider with every change kept and
 * audited, and changed on one settings page by an area manager or an administrator.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Policy settings",
		allowedDependencies = { "shared", "access", "organisation" })
package org.openprobation.policy;

import org.jspecify.annotations.NullMarked;
