package org.openprobation.assessment.safeguarding;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** Loads many safeguarding checks at once (the demo generator). */
public interface SafeguardingChecksBulkLoad {

	void load(List<Row> rows);

	record Row(long personId, SafeguardingCheck.Kind kind, String agency, String reason, LocalDate sentOn,
			LocalDate dueOn, @Nullable LocalDate chasedOn, @Nullable LocalDate escalatedOn,
			@Nullable LocalDate answeredOn, @Nullable String response, @Nullable String whatChanged) {
	}

}
