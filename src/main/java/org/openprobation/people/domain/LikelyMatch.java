package org.openprobation.people.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * When a record on file is likely the person being registered: the same PNC number; or a
 * date of birth that is the same (or has its day and month swapped) with a surname and a
 * forename that each agree, allowing for an initial, a hyphenated surname, a misspelling
 * and a name that sounds the same. Names are compared as the database measured them
 * (trigram similarity, Double Metaphone), so the rule itself is plain and tested here.
 */
public final class LikelyMatch {

	/** Trigram similarity at or above which two names are spelt alike. */
	public static final double SIMILAR = 0.45;

	private LikelyMatch() {
	}

	/** How one name on file compares with the name typed. */
	public record Name(boolean same, boolean initial, boolean hyphenPart, boolean soundsAlike, double similarity) {

		boolean agrees() {
			return same || initial || hyphenPart || soundsAlike || similarity >= SIMILAR;
		}

		String why(String which) {
			if (same) {
				return "same " + which;
			}
			if (hyphenPart) {
				return which + " is part of a hyphenated name";
			}
			if (initial) {
				return which + " initial matches";
			}
			if (soundsAlike) {
				return which + " sounds the same";
			}
			return which + " spelt similarly";
		}

	}

	/** A record on file compared with the person typed. */
	public record Comparison(boolean samePnc, boolean sameDateOfBirth, boolean dateOfBirthSwapped, Name surname,
			Name forename, boolean asAlias) {
	}

	/** Why the record is likely the same person; empty when it is not. */
	public static List<String> reasons(Comparison c) {
		List<String> reasons = new ArrayList<>();
		if (c.samePnc()) {
			reasons.add("same PNC number");
		}
		boolean birth = c.sameDateOfBirth() || c.dateOfBirthSwapped();
		if (birth && c.surname().agrees() && c.forename().agrees()) {
			reasons.add(c.sameDateOfBirth() ? "same date of birth" : "date of birth with day and month swapped");
			reasons.add(c.surname().why("surname"));
			reasons.add(c.forename().why("forename"));
			if (c.asAlias()) {
				reasons.add("matched on an alias");
			}
		}
		return reasons;
	}

	/**
	 * A name as compared: lower case, without accents, spaces, hyphens or apostrophes
	 * ("O'Neil-Smith" is "oneilsmith").
	 */
	public static String normalised(String name) {
		return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(java.util.Locale.ROOT)
			.replaceAll("[^a-z]", "");
	}

	/** The parts of a hyphenated or double-barrelled surname, each normalised. */
	public static List<String> parts(String surname) {
		return java.util.Arrays.stream(surname.split("[-\\s]+"))
			.map(LikelyMatch::normalised)
			.filter(p -> !p.isEmpty())
			.toList();
	}

}
