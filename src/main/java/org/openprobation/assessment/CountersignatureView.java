package org.openprobation.assessment;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.openprobation.assessment.domain.Countersigning;

/**
 * Where a RoSH assessment or a sentence plan stands under management oversight, as the
 * API answers it: {@code state} is NOT_REQUIRED, AWAITING (due by {@code dueBy}),
 * COUNTERSIGNED or RETURNED (with the manager's reasons).
 */
public record CountersignatureView(String state, @Nullable LocalDate dueBy, @Nullable String reasons,
		@Nullable String decidedBy, @Nullable Instant decidedAt) {

	public static CountersignatureView of(Countersigning.State state) {
		Countersigning.Decided decided = state.decided();
		return new CountersignatureView(state.code(), state.dueBy(), decided == null ? null : decided.reasons(),
				decided == null ? null : decided.by(), decided == null ? null : decided.at());
	}

}
