package org.openprobation.tasks;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A task someone set about a case, for themselves or a colleague. */
public record UserTask(long id, long personId, String title, @Nullable String detail, LocalDate dueOn,
		String assignedTo, String setBy, Instant setAt, @Nullable Instant doneAt, @Nullable String doneBy) {

	public boolean done() {
		return doneAt != null;
	}

}
