package org.openprobation.interventions;

import java.time.LocalDate;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** An intervention in the directory, with the boroughs it covers. */
public record Service(long id, long providerId, String name, Need need, String deliverer, boolean accredited,
		@Nullable Integer sessions, String highestRosh, String gender, int pricePence, int capacity, int waitingWeeks,
		List<String> boroughs, @Nullable LocalDate retiredOn) {

	public Service {
		boroughs = List.copyOf(boroughs);
	}

	/**
	 * Whether a person of this gender and overall risk of serious harm may be referred.
	 */
	public @Nullable String ineligibility(String personGender, @Nullable String personRosh) {
		if ("WOMEN".equals(gender) && !"FEMALE".equals(personGender)) {
			return "This service is for women only";
		}
		if ("MEN".equals(gender) && !"MALE".equals(personGender)) {
			return "This service is for men only";
		}
		if (personRosh != null && ROSH_ORDER.indexOf(personRosh) > ROSH_ORDER.indexOf(highestRosh)) {
			return "This service takes people assessed up to " + roshLabel(highestRosh)
					+ " risk of serious harm; this person is " + roshLabel(personRosh);
		}
		return null;
	}

	public String highestRoshLabel() {
		return roshLabel(highestRosh);
	}

	private static final List<String> ROSH_ORDER = List.of("LOW", "MEDIUM", "HIGH", "VERY_HIGH");

	private static String roshLabel(String level) {
		return level.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
	}

	public boolean retired() {
		return retiredOn != null;
	}

	public String price() {
		return String.format("£%,d.%02d", pricePence / 100, pricePence % 100);
	}

}
