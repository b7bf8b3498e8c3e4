package org.openprobation.documents;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What a document on a case is. */
public enum DocumentKind {

	PRE_SENTENCE_REPORT("Pre-sentence report"), COURT_ORDER("Court order or record of the sentence"),
	LICENCE("Licence"), LETTER_RECEIVED("Letter received (from a GP, a housing officer, an employer...)"),
	REPORT_RECEIVED("Report from another agency"), WARNING_LETTER("Warning letter"),
	SUBJECT_ACCESS("Copy of the record given to the person"), OTHER("Other document");

	private final String label;

	DocumentKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/**
	 * The kinds a user uploads: a warning letter and a copy of the record are written by
	 * the platform.
	 */
	public static List<DocumentKind> uploaded() {
		return Arrays.stream(values()).filter(k -> k != WARNING_LETTER && k != SUBJECT_ACCESS).toList();
	}

	public static Optional<DocumentKind> parse(String typed) {
		return Arrays.stream(values()).filter(k -> k.name().equalsIgnoreCase(typed.strip())).findFirst();
	}

}
