package org.openprobation.interventions;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** An intervention in the directory, with the boroughs it covers. */
public record Service(long id, String name, Need need, String deliverer, boolean accredited, @Nullable Integer sessions,
		String highestRosh, String gender, int pricePence, int capacity, int waitingWeeks, List<String> boroughs) {

	public Service {
		boroughs = List.copyOf(boroughs);
	}

	public String price() {
		return String.format("£%,d.%02d", pricePence / 100, pricePence % 100);
	}

}
