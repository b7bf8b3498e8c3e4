package org.openprobation.assessment.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Why a case's tier is no longer what was stored: the inputs that change with time alone
 * (the needs assessment passing 55 weeks, an order or requirement passing its end, a
 * woman's breach or recall passing a year), read by comparing the record as it was on the
 * day the tier was stored with the record today; or a change to the record that did not
 * recompute it.
 */
public final class TierChange {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private TierChange() {
	}

	/**
	 * The reasons, in words, that the tier of {@code now} (as at {@code asOf}) differs
	 * from the one stored on {@code storedOn}, whose record then was {@code then}.
	 */
	public static List<String> why(String stored, CaseScoring.Facts then, LocalDate storedOn, CaseScoring.Facts now,
			LocalDate asOf) {
		List<String> reasons = new ArrayList<>();
		boolean validThen = CaseScoring.validAssessment(then.needsAssessedOn(), storedOn);
		boolean validNow = CaseScoring.validAssessment(now.needsAssessedOn(), asOf);
		if (validThen && !validNow && now.needsAssessedOn() != null) {
			reasons.add("the needs assessment of " + now.needsAssessedOn().format(DAY) + " is over 55 weeks old");
		}
		boolean mandateThen = CaseScoring.mandateForChange(then.sentences());
		boolean mandateNow = CaseScoring.mandateForChange(now.sentences());
		if (mandateThen && !mandateNow) {
			reasons.add("no order or requirement giving a mandate for change is current any more");
		}
		else if (!mandateThen && mandateNow) {
			reasons.add("an order or requirement giving a mandate for change is current");
		}
		if (then.womenFactors().breachOrRecallInLastYear() && !now.womenFactors().breachOrRecallInLastYear()) {
			reasons.add("the breach or recall is over a year old");
		}
		if (reasons.isEmpty()) {
			String thenTier = CaseScoring.score(then, storedOn).tier().code();
			reasons.add(thenTier.equals(stored) ? "time has passed since it was computed"
					: "the record changed since it was computed");
		}
		return reasons;
	}

}
