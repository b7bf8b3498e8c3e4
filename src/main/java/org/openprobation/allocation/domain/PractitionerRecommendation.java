package org.openprobation.allocation.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Ranks a team's practitioners for a case by the rules of {@code workload.md}:
 * suitability (hard rules, each exclusion with its reason), then continuity, then
 * capacity after taking the case (lowest first), then location. The senior probation
 * officer decides; this only recommends.
 */
public final class PractitionerRecommendation {

	/** Training a probation services officer needs before taking such a case. */
	public static final Map<String, String> TRAINING_FOR = Map.of("CHILD_PROTECTION", "Safeguarding children",
			"DOMESTIC_ABUSE_PERPETRATOR", "Domestic abuse awareness", "MAPPA", "MAPPA and public protection",
			"ROSH_HIGH", "Risk of serious harm assessment");

	private static final Map<String, String> CONCERN_WORDS = Map.of("CHILD_PROTECTION",
			"a child protection registration", "DOMESTIC_ABUSE_PERPETRATOR",
			"a domestic abuse perpetrator registration", "MAPPA", "a MAPPA registration", "ROSH_HIGH",
			"a high risk of serious harm");

	private PractitionerRecommendation() {
	}

	/**
	 * The case to allocate.
	 *
	 * @param registrations active registration type names
	 * @param roshLevel current overall RoSH level, null when not assessed
	 * @param casePoints the workload points the case will add
	 * @param firstWorkingDays the case's first 5 working days from allocation
	 * @param sentenceEnds when the supervision ends
	 * @param boroughId the borough of the person's main address, if known
	 * @param previousOfficers practitioners who supervised the person before
	 */
	public record Case(Set<String> registrations, @Nullable String roshLevel, int casePoints,
			List<LocalDate> firstWorkingDays, @Nullable LocalDate sentenceEnds, @Nullable Long boroughId,
			Set<Long> previousOfficers) {

		public Case {
			registrations = Set.copyOf(registrations);
			firstWorkingDays = List.copyOf(firstWorkingDays);
			previousOfficers = Set.copyOf(previousOfficers);
		}

	}

	/**
	 * A practitioner who could take the case.
	 *
	 * @param probationServicesOfficer true for a PSO, false for a probation officer
	 * @param courses training courses valid on the allocation date
	 * @param absentOn days on which the practitioner is absent for the whole day
	 * @param currentPoints the workload points they carry now
	 * @param availablePoints the points they can carry
	 * @param officeServesBorough whether their office serves the person's borough
	 */
	public record Candidate(long staffId, String code, String name, boolean probationServicesOfficer, boolean agency,
			@Nullable LocalDate contractEnds, Set<String> courses, Set<LocalDate> absentOn, int currentPoints,
			int availablePoints, boolean officeServesBorough) {

		public Candidate {
			courses = Set.copyOf(courses);
			absentOn = Set.copyOf(absentOn);
		}

	}

	/** A suitable practitioner with what the ranking rested on. */
	public record Ranked(Candidate candidate, int rank, boolean continuity, @Nullable BigDecimal capacityNow,
			@Nullable BigDecimal capacityAfter, List<String> warnings) {

		public Ranked {
			warnings = List.copyOf(warnings);
		}

		public long staffId() {
			return candidate.staffId();
		}

	}

	/** A practitioner the hard rules exclude, with each reason. */
	public record Excluded(Candidate candidate, List<String> reasons) {

		public Excluded {
			reasons = List.copyOf(reasons);
		}

	}

	public record Result(List<Ranked> ranked, List<Excluded> excluded) {

		public Result {
			ranked = List.copyOf(ranked);
			excluded = List.copyOf(excluded);
		}

		public @Nullable Ranked top() {
			return ranked.isEmpty() ? null : ranked.get(0);
		}

		public @Nullable Ranked find(long staffId) {
			return ranked.stream().filter(r -> r.staffId() == staffId).findFirst().orElse(null);
		}

		public @Nullable Excluded excluded(long staffId) {
			return excluded.stream().filter(e -> e.candidate().staffId() == staffId).findFirst().orElse(null);
		}

		/** The recommendation as it was shown, for the record of the decision. */
		public String describe() {
			StringBuilder text = new StringBuilder();
			for (Ranked r : ranked) {
				text.append(r.rank())
					.append(". ")
					.append(r.candidate().name())
					.append(" (capacity after ")
					.append(r.capacityAfter() == null ? "n/a" : r.capacityAfter() + "%")
					.append(r.continuity() ? ", supervised before" : "")
					.append(")\n");
			}
			for (Excluded e : excluded) {
				text.append("Excluded: ")
					.append(e.candidate().name())
					.append(": ")
					.append(String.join("; ", e.reasons()))
					.append('\n');
			}
			return text.toString().strip();
		}

	}

	public static Result recommend(Case theCase, List<Candidate> candidates) {
		List<Excluded> excluded = new ArrayList<>();
		List<Ranked> suitable = new ArrayList<>();
		Map<Candidate, Boolean> notPreferred = new LinkedHashMap<>();
		for (Candidate candidate : candidates) {
			List<String> reasons = exclusions(theCase, candidate);
			if (!reasons.isEmpty()) {
				excluded.add(new Excluded(candidate, reasons));
				continue;
			}
			List<String> warnings = new ArrayList<>();
			boolean outlastsContract = candidate.agency() && candidate.contractEnds() != null
					&& theCase.sentenceEnds() != null && theCase.sentenceEnds().isAfter(candidate.contractEnds());
			if (outlastsContract) {
				warnings.add("Agency contract ends " + candidate.contractEnds() + ", before the sentence ends");
			}
			BigDecimal after = Workload.capacityPercent(candidate.currentPoints() + theCase.casePoints(),
					candidate.availablePoints());
			if (after != null && after.compareTo(BigDecimal.valueOf(100)) > 0) {
				warnings.add("Over capacity after allocation (" + after + "%)");
			}
			notPreferred.put(candidate, outlastsContract);
			suitable.add(new Ranked(candidate, 0, theCase.previousOfficers().contains(candidate.staffId()),
					Workload.capacityPercent(candidate.currentPoints(), candidate.availablePoints()), after, warnings));
		}
		suitable.sort(Comparator.<Ranked, Boolean>comparing(r -> notPreferred.get(r.candidate()))
			.thenComparing(r -> !r.continuity())
			.thenComparing(Ranked::capacityAfter, Comparator.nullsLast(Comparator.<BigDecimal>naturalOrder()))
			.thenComparing(r -> !r.candidate().officeServesBorough())
			.thenComparing(r -> r.candidate().name()));
		List<Ranked> ranked = new ArrayList<>();
		for (int i = 0; i < suitable.size(); i++) {
			Ranked r = suitable.get(i);
			ranked.add(
					new Ranked(r.candidate(), i + 1, r.continuity(), r.capacityNow(), r.capacityAfter(), r.warnings()));
		}
		return new Result(ranked, excluded);
	}

	static List<String> exclusions(Case theCase, Candidate candidate) {
		List<String> reasons = new ArrayList<>();
		if (candidate.probationServicesOfficer()) {
			for (String concern : concerns(theCase)) {
				String course = TRAINING_FOR.get(concern);
				if (!candidate.courses().contains(course)) {
					reasons.add("A probation services officer without '" + course
							+ "' training cannot take a case with " + CONCERN_WORDS.get(concern));
				}
			}
		}
		if (!theCase.firstWorkingDays().isEmpty() && candidate.absentOn().containsAll(theCase.firstWorkingDays())) {
			reasons
				.add("Absent for the whole of the case's first " + theCase.firstWorkingDays().size() + " working days");
		}
		if (candidate.availablePoints() <= 0 && reasons.isEmpty()) {
			reasons.add("No available hours (all contracted hours are reduced)");
		}
		return reasons;
	}

	static List<String> concerns(Case theCase) {
		List<String> concerns = new ArrayList<>();
		for (String type : List.of("CHILD_PROTECTION", "DOMESTIC_ABUSE_PERPETRATOR", "MAPPA")) {
			if (theCase.registrations().contains(type)) {
				concerns.add(type);
			}
		}
		if ("HIGH".equals(theCase.roshLevel()) || "VERY_HIGH".equals(theCase.roshLevel())) {
			concerns.add("ROSH_HIGH");
		}
		return concerns;
	}

}
