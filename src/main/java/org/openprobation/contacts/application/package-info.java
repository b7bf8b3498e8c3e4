/**
 * Contacts' use cases, each reading load (open the case through the gate), decide, save,
 * audit: booking an appointment and recording its outcome.
 */
@NullMarked
package org.openprobation.contacts.application;

import org.jspecify.annotations.NullMarked;
