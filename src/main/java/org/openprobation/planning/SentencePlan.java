package org.openprobation.planning;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.openprobation.assessment.domain.TierRule.Need;
import org.openprobation.planning.domain.PlanGaps;

/**
 * A person's sentence plan (or none yet) with its objectives, the reasons recorded and
 * the gaps.
 */
public record SentencePlan(@Nullable Head plan, List<Objective> objectives, Map<String, String> reasons,
		List<PlanGaps.Gap> gaps) {

	public SentencePlan {
		objectives = List.copyOf(objectives);
		reasons = Map.copyOf(reasons);
		gaps = List.copyOf(gaps);
	}

	/**
	 * The gap of one item (a need's name, or RISK_OF_HARM) in words, if that item is a
	 * gap.
	 */
	public java.util.Optional<String> gapMessage(String item) {
		return gaps.stream().filter(g -> g.item().equals(item)).map(PlanGaps.Gap::message).findFirst();
	}

	/** The gaps in words, for lists and the API. */
	public List<String> gapMessages() {
		return gaps.stream().map(PlanGaps.Gap::message).toList();
	}

	public record Head(long id, LocalDate createdOn, LocalDate dueBy, boolean agreed, @Nullable String personsWords) {
	}

	public record Objective(long id, String text, Set<Need> needs, boolean addressesRiskOfHarm, LocalDate targetDate,
			String status, String createdBy) {

		public Objective {
			needs = Set.copyOf(needs);
		}

		public String addresses() {
			List<String> items = new java.util.ArrayList<>(needs.stream().sorted().map(PlanGaps::label).toList());
			if (addressesRiskOfHarm) {
				items.add("Risk of serious harm");
			}
			return String.join(", ", items);
		}

	}

}
