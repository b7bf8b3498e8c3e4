package org.openprobation.people;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openprobation.shared.Crn;
import org.openprobation.shared.PncNumber;

/**
 * What someone typed into "Find a person", read as one kind of search: a CRN, a PNC
 * number, a date of birth, or names (each term matching the start of a forename, surname
 * or alias, case-insensitively). Blank means everyone the user may see.
 */
public sealed interface PersonQuery {

	int MAX_LENGTH = 100;

	int MAX_NAME_TERMS = 4;

	record Everyone() implements PersonQuery {
	}

	record ByCrn(Crn crn) implements PersonQuery {
	}

	record ByPnc(PncNumber pnc) implements PersonQuery {
	}

	record ByDateOfBirth(LocalDate dateOfBirth) implements PersonQuery {
	}

	record ByName(List<String> terms) implements PersonQuery {

		public ByName {
			terms = List.copyOf(terms);
		}

	}

	/** The outcome of reading a search: a query, or a message saying what to change. */
	sealed interface Reading {

	}

	record Understood(PersonQuery query) implements Reading {
	}

	record NotUnderstood(String message) implements Reading {
	}

	Pattern NUMERIC_DATE = Pattern.compile("(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{4})");

	Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

	Pattern PNC_SHAPE = Pattern.compile("(\\d{2}|\\d{4})/\\d{1,7}[A-Za-z]");

	static Reading read(String typed) {
		String text = (typed == null) ? "" : typed.strip();
		if (text.length() > MAX_LENGTH) {
			return new NotUnderstood("Search must be " + MAX_LENGTH + " characters or fewer");
		}
		if (text.isEmpty()) {
			return new Understood(new Everyone());
		}
		Optional<Crn> crn = Crn.parse(text);
		if (crn.isPresent()) {
			return new Understood(new ByCrn(crn.get()));
		}
		if (PNC_SHAPE.matcher(text).matches()) {
			return PncNumber.parse(text)
				.<Reading>map(pnc -> new Understood(new ByPnc(pnc)))
				.orElseGet(() -> new NotUnderstood(
						"Enter a PNC number with its correct check letter, like 2004/0012345B"));
		}
		Optional<Reading> date = readDate(text);
		if (date.isPresent()) {
			return date.get();
		}
		// typographic apostrophes (O’Brien, as phones type it) are the same apostrophe
		String apostrophes = text.replaceAll("[\u2018\u2019\u02bc`´]", "'");
		List<String> terms = Arrays
			.stream(apostrophes.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}'\\-]+", " ").split(" "))
			.map(t -> t.replaceAll("^['\\-]+|['\\-]+$", ""))
			.filter(t -> !t.isEmpty())
			.toList();
		if (terms.isEmpty()) {
			return new NotUnderstood("Enter a name, CRN, PNC number or date of birth");
		}
		if (terms.size() > MAX_NAME_TERMS) {
			return new NotUnderstood("Enter no more than " + MAX_NAME_TERMS + " names");
		}
		return new Understood(new ByName(terms));
	}

	private static Optional<Reading> readDate(String text) {
		Matcher numeric = NUMERIC_DATE.matcher(text);
		Matcher iso = ISO_DATE.matcher(text);
		int day;
		int month;
		int year;
		if (numeric.matches()) {
			day = Integer.parseInt(numeric.group(1));
			month = Integer.parseInt(numeric.group(2));
			year = Integer.parseInt(numeric.group(3));
		}
		else if (iso.matches()) {
			year = Integer.parseInt(iso.group(1));
			month = Integer.parseInt(iso.group(2));
			day = Integer.parseInt(iso.group(3));
		}
		else {
			return writtenDate(text);
		}
		try {
			return Optional.of(new Understood(new ByDateOfBirth(LocalDate.of(year, month, day))));
		}
		catch (DateTimeException ex) {
			return Optional.of(new NotUnderstood("Date of birth must be a real date, like 27/3/1990"));
		}
	}

	private static Optional<Reading> writtenDate(String text) {
		for (String pattern : new String[] { "d MMMM uuuu", "d MMM uuuu" }) {
			try {
				LocalDate date = LocalDate.parse(text,
						new java.time.format.DateTimeFormatterBuilder().parseCaseInsensitive()
							.appendPattern(pattern)
							.toFormatter(Locale.UK)
							.withResolverStyle(ResolverStyle.STRICT));
				return Optional.of(new Understood(new ByDateOfBirth(date)));
			}
			catch (DateTimeException ex) {
				// not this pattern; try the next, then read the text as names
			}
		}
		return Optional.empty();
	}

}
