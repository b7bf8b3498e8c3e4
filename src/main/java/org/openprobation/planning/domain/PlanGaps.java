package org.openprobation.planning.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.openprobation.assessment.domain.TierRule.Need;
import org.openprobation.assessment.domain.TierRule.RoshLevel;

/**
 * Gap detection: a need linked to offending or to harm, and a risk of serious harm of
 * medium or above, must each be addressed by an objective or carry a recorded reason;
 * otherwise the plan shows the gap in words ("Alcohol misuse is linked to offending and
 * is not in the plan").
 */
public final class PlanGaps {

	private PlanGaps() {
	}

	/** The item key used for the risk of serious harm in gap reasons. */
	public static final String RISK_OF_HARM = "RISK_OF_HARM";

	public record AssessedNeed(Need need, boolean linkedToOffending, boolean linkedToHarm) {
	}

	public record Objective(Set<Need> needs, boolean addressesRiskOfHarm) {
	}

	/**
	 * One thing missing from the plan: its key (a need's name, or RISK_OF_HARM) and what
	 * to tell people.
	 */
	public record Gap(String item, String message) {
	}

	public static List<Gap> find(List<AssessedNeed> needs, @Nullable RoshLevel rosh, List<Objective> objectives,
			Set<String> itemsWithReasons) {
		Set<Need> addressed = EnumSet.noneOf(Need.class);
		boolean riskAddressed = false;
		for (Objective objective : objectives) {
			addressed.addAll(objective.needs());
			riskAddressed |= objective.addressesRiskOfHarm();
		}
		List<Gap> gaps = new ArrayList<>();
		for (AssessedNeed n : needs) {
			if (!(n.linkedToOffending() || n.linkedToHarm()) || addressed.contains(n.need())
					|| itemsWithReasons.contains(n.need().name())) {
				continue;
			}
			String linkedTo = n.linkedToOffending() && n.linkedToHarm() ? "offending and to risk of harm"
					: n.linkedToOffending() ? "offending" : "risk of harm";
			gaps.add(new Gap(n.need().name(),
					label(n.need()) + " is linked to " + linkedTo + " and is not in the plan"));
		}
		if (rosh != null && rosh.compareTo(RoshLevel.MEDIUM) >= 0 && !riskAddressed
				&& !itemsWithReasons.contains(RISK_OF_HARM)) {
			gaps.add(new Gap(RISK_OF_HARM, "The risk of serious harm is "
					+ rosh.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " and no objective addresses it"));
		}
		return gaps;
	}

	/** A need's name as people say it, e.g. "Alcohol misuse". */
	public static String label(Need need) {
		return need.label();
	}

}
