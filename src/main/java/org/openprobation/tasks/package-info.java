/**
 * Tasks people set: a practitioner or a manager sets a task about a case, for themselves
 * or a colleague who may read the case, with a due date; it is on the assignee's things
 * to do (and their team's) until it is done. The tasks the rules derive are not stored
 * here: the shell works them out from the record.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Tasks",
		allowedDependencies = { "shared", "access", "people" })
package org.openprobation.tasks;

import org.jspecify.annotations.NullMarked;
