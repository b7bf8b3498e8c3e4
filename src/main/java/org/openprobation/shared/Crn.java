package org.openprobation.shared;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Case reference number: one letter and six digits, unique per person on probation.
 */
public record Crn(String value) {

	private static final Pattern FORMAT = Pattern.compile("[A-Z][0-9]{6}");

	public Crn {
		if (value == null || !FORMAT.matcher(value).matches()) {
			throw new IllegalArgumentException("A CRN is one letter followed by six digits, like X123456");
		}
	}

	/** Reads what a person typed: surrounding spaces and lower case are forgiven. */
	public static Optional<Crn> parse(String typed) {
		if (typed == null) {
			return Optional.empty();
		}
		String candidate = typed.strip().toUpperCase(Locale.ROOT);
		return FORMAT.matcher(candidate).matches() ? Optional.of(new Crn(candidate)) : Optional.empty();
	}

	/**
	 * The CRN in a request's path: one that is not a CRN names no case, so it is not
	 * found.
	 */
	public static Crn inPath(String typed) {
		return parse(typed)
			.orElseThrow(() -> new NotFound("That is not a CRN: a CRN is one letter followed by six digits"));
	}

	public static boolean looksLikeCrn(String typed) {
		return parse(typed).isPresent();
	}

	@Override
	public String toString() {
		return this.value;
	}

}
