package org.openprobation.assessment;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An RSR percentage as supplied, with its date and source. */
public record RsrScore(BigDecimal percent, LocalDate scoredOn, String source) {
}
