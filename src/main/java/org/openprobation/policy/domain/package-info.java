/**
 * The rules of policy settings in plain Java: reading what a user typed as a policy's
 * values.
 */
@NullMarked
package org.openprobation.policy.domain;

import org.jspecify.annotations.NullMarked;
