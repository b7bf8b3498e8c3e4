package org.openprobation.people.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.openprobation.people.Ethnicity;
import org.openprobation.people.Gender;
import org.openprobation.people.NewPerson;
import org.openprobation.shared.FieldProblem;
import org.openprobation.shared.PncNumber;

/**
 * What a person's record must be, field by field: names, a date of birth that makes them
 * at least 10 (the age of criminal responsibility) and at most 110, the recorded
 * categories, a PNC number with a right check letter, a phone number and e-mail address
 * that can be used, a preferred channel and consent to reminders that the details allow,
 * addresses with dates in order and at most one current, and aliases that are named.
 */
public final class PersonDetailsRule {

	public static final int YOUNGEST = 10;

	public static final int OLDEST = 110;

	public static final int MOST_ALIASES = 20;

	public static final int MOST_ADDRESSES = 50;

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private static final Pattern POSTCODE = Pattern.compile("[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}");

	private PersonDetailsRule() {
	}

	public static List<FieldProblem> problems(NewPerson p, LocalDate today, Collection<Long> providerBoroughs) {
		List<FieldProblem> problems = new ArrayList<>();
		name(problems, "forename", p.forename(), "Enter the first name", true);
		name(problems, "middleNames", p.middleNames(), null, false);
		name(problems, "surname", p.surname(), "Enter the last name", true);
		if (p.dateOfBirth() == null) {
			problems.add(new FieldProblem("dateOfBirth", "Enter the date of birth"));
		}
		else if (p.dateOfBirth().isAfter(today.minusYears(YOUNGEST))) {
			problems.add(new FieldProblem("dateOfBirth",
					"The person must be at least " + YOUNGEST + " (the age of criminal responsibility)"));
		}
		else if (p.dateOfBirth().isBefore(today.minusYears(OLDEST))) {
			problems.add(new FieldProblem("dateOfBirth", "Check the year: that makes the person over " + OLDEST));
		}
		if (!named(Gender.class, p.gender())) {
			problems.add(new FieldProblem("gender", "Select the gender"));
		}
		if (!named(Ethnicity.class, p.ethnicity())) {
			problems.add(new FieldProblem("ethnicity", "Select the ethnicity, or Not stated"));
		}
		optional(problems, "disability", p.disability(), 200);
		optional(problems, "religion", p.religion(), 100);
		if (blank(p.nationality())) {
			problems.add(new FieldProblem("nationality", "Enter the nationality"));
		}
		else {
			optional(problems, "nationality", p.nationality(), 100);
		}
		if (!blank(p.pnc()) && PncNumber.parse(p.pnc()).isEmpty()) {
			problems.add(new FieldProblem("pnc",
					"Enter a PNC number like 2004/0123456B, with the check letter the police gave it"));
		}
		boolean phone = !blank(p.phone());
		boolean email = !blank(p.email());
		if (phone && !phoneNumber(p.phone())) {
			problems.add(new FieldProblem("phone", "Enter a phone number of 10 to 15 digits, like 07700 900123"));
		}
		if (email && (p.email().strip().length() > 254 || !EMAIL.matcher(p.email().strip()).matches())) {
			problems.add(new FieldProblem("email", "Enter an e-mail address like name@example.com"));
		}
		if (!blank(p.preferredChannel())) {
			org.openprobation.people.ContactChannel channel = org.openprobation.people.ContactChannel
				.of(p.preferredChannel())
				.orElse(null);
			if (channel == null) {
				problems.add(new FieldProblem("preferredChannel", "Select how the person prefers to be contacted"));
			}
			else if (channel.needsPhone() && !phone) {
				problems.add(new FieldProblem("preferredChannel", "Enter a phone number to contact them by phone"));
			}
			else if (channel.needsEmail() && !email) {
				problems.add(new FieldProblem("preferredChannel", "Enter an e-mail address to contact them by e-mail"));
			}
		}
		if (p.textReminders() && !phone) {
			problems.add(new FieldProblem("textReminders", "Text reminders need a phone number"));
		}
		if (p.emailReminders() && !email) {
			problems.add(new FieldProblem("emailReminders", "E-mail reminders need an e-mail address"));
		}
		addresses(problems, p.addresses(), today, providerBoroughs);
		aliases(problems, p.aliases(), today);
		return problems;
	}

	/** What is wrong with addresses alone (a move, say). */
	public static List<FieldProblem> addressProblems(List<NewPerson.NewAddress> addresses, LocalDate today,
			Collection<Long> providerBoroughs) {
		List<FieldProblem> problems = new ArrayList<>();
		addresses(problems, addresses, today, providerBoroughs);
		return problems;
	}

	/** What is wrong with other names alone. */
	public static List<FieldProblem> aliasProblems(List<NewPerson.NewAlias> aliases, LocalDate today) {
		List<FieldProblem> problems = new ArrayList<>();
		aliases(problems, aliases, today);
		return problems;
	}

	private static void addresses(List<FieldProblem> problems, List<NewPerson.NewAddress> addresses, LocalDate today,
			Collection<Long> providerBoroughs) {
		if (addresses.size() > MOST_ADDRESSES) {
			problems.add(new FieldProblem("addresses", "At most " + MOST_ADDRESSES + " addresses"));
			return;
		}
		int current = 0;
		for (int i = 0; i < addresses.size(); i++) {
			NewPerson.NewAddress a = addresses.get(i);
			String field = addresses.size() == 1 ? "address" : "addresses[" + i + "]";
			if (blank(a.line1())) {
				problems.add(new FieldProblem(field + ".line1", "Enter the first line of the address"));
			}
			optional(problems, field + ".line1", a.line1(), 200);
			optional(problems, field + ".line2", a.line2(), 200);
			if (blank(a.town())) {
				problems.add(new FieldProblem(field + ".town", "Enter the town or city"));
			}
			if (blank(a.postcode())) {
				problems.add(new FieldProblem(field + ".postcode", "Enter the postcode"));
			}
			else if (!POSTCODE.matcher(postcode(a.postcode())).matches()) {
				problems.add(new FieldProblem(field + ".postcode", "Enter a real postcode, like SE1 7TH"));
			}
			if (a.boroughId() != null && !providerBoroughs.contains(a.boroughId())) {
				problems.add(new FieldProblem(field + ".boroughId", "Select a borough the provider covers"));
			}
			if (a.from() == null) {
				problems.add(new FieldProblem(field + ".from", "Enter the date they moved in"));
			}
			else if (a.from().isAfter(today)) {
				problems.add(new FieldProblem(field + ".from", "The date they moved in cannot be in the future"));
			}
			else if (a.to() != null && a.to().isBefore(a.from())) {
				problems.add(new FieldProblem(field + ".to", "The date they left must be on or after they moved in"));
			}
			if (a.to() == null) {
				current++;
			}
		}
		if (current > 1) {
			problems.add(new FieldProblem("addresses", "Only one address can be current: give the others an end date"));
		}
	}

	private static void aliases(List<FieldProblem> problems, List<NewPerson.NewAlias> aliases, LocalDate today) {
		if (aliases.size() > MOST_ALIASES) {
			problems.add(new FieldProblem("aliases", "At most " + MOST_ALIASES + " other names"));
			return;
		}
		for (int i = 0; i < aliases.size(); i++) {
			NewPerson.NewAlias a = aliases.get(i);
			String field = aliases.size() == 1 ? "alias" : "aliases[" + i + "]";
			name(problems, field + ".forename", a.forename(), "Enter the other name's first name", true);
			name(problems, field + ".surname", a.surname(), "Enter the other name's last name", true);
			if (a.dateOfBirth() != null && a.dateOfBirth().isAfter(today)) {
				problems.add(new FieldProblem(field + ".dateOfBirth", "The date of birth cannot be in the future"));
			}
		}
	}

	/** A postcode as stored: upper case with one space before the inward code. */
	public static String postcode(String typed) {
		String compact = typed.toUpperCase(java.util.Locale.ROOT).replaceAll("\\s", "");
		return compact.length() > 3
				? compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3) : compact;
	}

	/** Whether a person with this nationality is a foreign national. */
	public static boolean foreignNational(String nationality) {
		String n = nationality.strip().toLowerCase(java.util.Locale.ROOT);
		return !(n.equals("british") || n.equals("british citizen") || n.equals("uk"));
	}

	private static boolean phoneNumber(String typed) {
		String digits = typed.replaceAll("[\\s()+-]", "");
		return digits.matches("\\d{10,15}");
	}

	private static void name(List<FieldProblem> problems, String field, @Nullable String value,
			@Nullable String missing, boolean required) {
		if (blank(value)) {
			if (required) {
				problems.add(new FieldProblem(field, missing));
			}
			return;
		}
		if (value.strip().length() > 100) {
			problems.add(new FieldProblem(field, "Must be 100 characters or fewer"));
		}
		else if (!value.strip().matches("[\\p{L}][\\p{L}\\p{M} .'’-]*")) {
			problems.add(new FieldProblem(field, "Use letters, spaces, hyphens and apostrophes only"));
		}
	}

	private static void optional(List<FieldProblem> problems, String field, @Nullable String value, int max) {
		if (!blank(value) && value.strip().length() > max) {
			problems.add(new FieldProblem(field, "Must be " + max + " characters or fewer"));
		}
	}

	private static <E extends Enum<E>> boolean named(Class<E> type, @Nullable String value) {
		if (blank(value)) {
			return false;
		}
		for (E e : type.getEnumConstants()) {
			if (e.name().equals(value)) {
				return true;
			}
		}
		return false;
	}

	private static boolean blank(@Nullable String value) {
		return value == null || value.isBlank();
	}

}
