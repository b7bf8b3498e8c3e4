package org.openprobation.sentences;

import java.time.LocalDate;

/** A person's main active sentence, as caseload lists show it. */
public record CurrentSentence(long personId, SentenceKind kind, LocalDate startDate, LocalDate expectedEndDate) {
}
