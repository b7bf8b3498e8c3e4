package org.openprobation.inspection.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Dealing an inspection's main cases to its inspectors ({@code inspection.md}, case
 * sampling): office by office, in pick order, each case to the eligible inspector with
 * the fewest cases from that office and then the fewest in all, never to one who manages
 * the case's officer (their team's senior probation officer or their area's manager);
 * every tenth case is double-marked for moderation by a second eligible inspector, the
 * one moderating least so far.
 */
public final class CaseDealing {

	/** Every tenth main case, in pick order, is double-marked. */
	public static final int MODERATE_EVERY = 10;

	private CaseDealing() {
	}

	/** A main case of the sample, with its officer when known. */
	public record Case(long personId, @Nullable Long officeId, int pick, @Nullable Officer officer) {
	}

	/** The team and area of a case's officer. */
	public record Officer(@Nullable Long teamId, @Nullable Long areaId) {
	}

	/**
	 * An inspector, with the team they manage when a senior probation officer and the
	 * area when an area manager.
	 */
	public record Inspector(String username, boolean seniorProbationOfficer, @Nullable Long teamId, boolean areaManager,
			@Nullable Long areaId) {

		/** Whether they manage the case's officer, and so may not inspect it. */
		public boolean manages(Case c) {
			Officer officer = c.officer();
			return officer != null && ((seniorProbationOfficer && Objects.equals(teamId, officer.teamId()))
					|| (areaManager && Objects.equals(areaId, officer.areaId())));
		}

	}

	/** One case dealt: to whom, and who double-marks it (none when nobody else may). */
	public record Deal(long personId, String inspector, @Nullable String moderator) {
	}

	/** The deals, how many each inspector was dealt, and the cases nobody could take. */
	public record Dealt(List<Deal> deals, Map<String, Integer> counts, int undealt) {

		public Dealt {
			deals = List.copyOf(deals);
			counts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(counts));
		}

	}

	/**
	 * The cases chosen for moderation from cases in order: every tenth, and the last when
	 * there are fewer than ten.
	 */
	public static Set<Long> forModeration(List<Long> personIdsInOrder) {
		Set<Long> chosen = new HashSet<>();
		for (int i = MODERATE_EVERY - 1; i < personIdsInOrder.size(); i += MODERATE_EVERY) {
			chosen.add(personIdsInOrder.get(i));
		}
		if (!personIdsInOrder.isEmpty() && chosen.isEmpty()) {
			chosen.add(personIdsInOrder.get(personIdsInOrder.size() - 1));
		}
		return chosen;
	}

	/** Deals the main cases to the inspectors. */
	public static Dealt deal(List<Case> cases, List<Inspector> inspectors) {
		List<Case> byOffice = cases.stream()
			.sorted(Comparator.comparing((Case c) -> c.officeId() == null ? 0L : c.officeId())
				.thenComparing(Case::pick))
			.toList();
		Set<Long> moderated = forModeration(byOffice.stream().map(Case::personId).toList());
		Map<String, Integer> dealt = new LinkedHashMap<>();
		Map<String, Integer> moderating = new HashMap<>();
		Map<String, Integer> fromOffice = new HashMap<>();
		inspectors.forEach(a -> dealt.put(a.username(), 0));
		List<Deal> deals = new ArrayList<>();
		int undealt = 0;
		for (Case c : byOffice) {
			List<Inspector> eligible = inspectors.stream().filter(a -> !a.manages(c)).toList();
			if (eligible.isEmpty()) {
				undealt++;
				continue;
			}
			Inspector chosen = eligible.stream()
				.min(Comparator.comparing((Inspector a) -> fromOffice.getOrDefault(office(a, c), 0))
					.thenComparing(a -> dealt.get(a.username())))
				.orElseThrow();
			String moderator = null;
			if (moderated.contains(c.personId())) {
				moderator = eligible.stream()
					.filter(a -> !a.username().equals(chosen.username()))
					.min(Comparator.comparing((Inspector a) -> moderating.getOrDefault(a.username(), 0)))
					.map(Inspector::username)
					.orElse(null);
				if (moderator != null) {
					moderating.merge(moderator, 1, Integer::sum);
				}
			}
			deals.add(new Deal(c.personId(), chosen.username(), moderator));
			dealt.merge(chosen.username(), 1, Integer::sum);
			fromOffice.merge(office(chosen, c), 1, Integer::sum);
		}
		return new Dealt(deals, dealt, undealt);
	}

	private static String office(Inspector inspector, Case c) {
		return inspector.username() + "/" + c.officeId();
	}

}
