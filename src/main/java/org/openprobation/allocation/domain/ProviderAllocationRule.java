package org.openprobation.allocation.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The split-model rule deciding whether the NPS or the CRC supervises a case, held as
 * configuration: by default the NPS takes cases whose risk of serious harm is high or
 * very high, or who are MAPPA-eligible; the CRC takes everyone else.
 *
 * @param npsRoshLevels the RoSH levels that send a case to the NPS
 * @param npsWhenMappaEligible whether MAPPA eligibility alone sends a case to the NPS
 */
public record ProviderAllocationRule(Set<String> npsRoshLevels, boolean npsWhenMappaEligible) {

	public static final List<String> ROSH_LEVELS = List.of("LOW", "MEDIUM", "HIGH", "VERY_HIGH");

	public ProviderAllocationRule {
		npsRoshLevels = Set.copyOf(npsRoshLevels);
	}

	public static ProviderAllocationRule defaults() {
		return new ProviderAllocationRule(Set.of("HIGH", "VERY_HIGH"), true);
	}

	/** Which kind of provider supervises the case. */
	public enum Supervisor {

		NPS_DIVISION, CRC

	}

	/** The decision and, in words, what it rested on. */
	public record Decision(Supervisor supervisor, String basis) {
	}

	/**
	 * Decides for a case from its RoSH level (null when not yet assessed) and MAPPA
	 * eligibility.
	 */
	public Decision decide(@Nullable String roshLevel, boolean mappaEligible) {
		List<String> reasons = new ArrayList<>();
		if (roshLevel != null && npsRoshLevels.contains(roshLevel)) {
			reasons.add("risk of serious harm is " + words(roshLevel));
		}
		if (mappaEligible && npsWhenMappaEligible) {
			reasons.add("MAPPA-eligible");
		}
		if (!reasons.isEmpty()) {
			return new Decision(Supervisor.NPS_DIVISION, "NPS: " + String.join(" and ", reasons));
		}
		String risk = roshLevel == null ? "risk of serious harm not yet assessed"
				: "risk of serious harm is " + words(roshLevel);
		return new Decision(Supervisor.CRC,
				"CRC: " + risk + (mappaEligible ? ", MAPPA-eligible" : ", not MAPPA-eligible"));
	}

	/** The rule in words. */
	public String describe() {
		List<String> levels = ROSH_LEVELS.stream()
			.filter(npsRoshLevels::contains)
			.map(ProviderAllocationRule::words)
			.toList();
		List<String> parts = new ArrayList<>();
		if (!levels.isEmpty()) {
			parts.add("whose risk of serious harm is " + String.join(" or ", levels));
		}
		if (npsWhenMappaEligible) {
			parts.add("who are MAPPA-eligible");
		}
		return "the NPS supervises cases " + String.join(", or ", parts) + "; the CRC supervises the rest.";
	}

	static String words(String level) {
		return level.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
	}

}
