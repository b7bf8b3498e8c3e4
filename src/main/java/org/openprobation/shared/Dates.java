package org.openprobation.shared;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Dates as a person reads them: "2 December 2026", never "2026-12-02" (GOV.UK style). For
 * text the platform writes into pages, letters and lists; files and the API keep ISO.
 */
public final class Dates {

	private static final DateTimeFormatter IN_WORDS = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private Dates() {
	}

	public static String inWords(@Nullable LocalDate date) {
		return date == null ? "" : date.format(IN_WORDS);
	}

}
