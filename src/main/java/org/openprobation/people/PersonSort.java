package org.openprobation.people;

import java.util.Locale;

/** How a list of people can be ordered. */
public enum PersonSort {

	NAME, CRN, DATE_OF_BIRTH;

	public static PersonSort parse(String typed) {
		if (typed == null) {
			return NAME;
		}
		return switch (typed.strip().toLowerCase(Locale.ROOT)) {
			case "crn" -> CRN;
			case "dob", "date-of-birth", "dateofbirth" -> DATE_OF_BIRTH;
			default -> NAME;
		};
	}

	public String param() {
		return switch (this) {
			case NAME -> "name";
			case CRN -> "crn";
			case DATE_OF_BIRTH -> "dob";
		};
	}

}
