package org.openprobation.sentences;

import java.time.LocalDate;

public record Offence(String code, String description, OffenceCategory category, boolean main, LocalDate offenceDate) {
}
