/**
 * The inspection use cases that run behind the facade: drawing the sample, the ratings
 * (results, judgements, overrides) and the recommendations. Each checks the user's role
 * through the facade's rules and audits what it changes.
 */
@NullMarked
package org.openprobation.inspection.application;

import org.jspecify.annotations.NullMarked;
