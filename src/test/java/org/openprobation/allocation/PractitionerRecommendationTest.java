package org.openprobation.allocation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.openprobation.allocation.domain.PractitionerRecommendation;
import org.openprobation.allocation.domain.PractitionerRecommendation.Candidate;
import org.openprobation.allocation.domain.PractitionerRecommendation.Case;
import org.openprobation.allocation.domain.PractitionerRecommendation.Result;

import static org.assertj.core.api.Assertions.assertThat;

/** The suitability, continuity, capacity and location rules of {@code workload.md}. */
class PractitionerRecommendationTest {

	static final List<LocalDate> FIRST_DAYS = List.of(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 24),
			LocalDate.of(2026, 11, 25), LocalDate.of(2026, 11, 26), LocalDate.of(2026, 11, 27));

	static Case plainCase() {
		return new Case(Set.of(), "MEDIUM", 63, FIRST_DAYS, LocalDate.of(2027, 11, 22), 7L, Set.of());
	}

	static Candidate po(long id, int points) {
		return new Candidate(id, "S" + id, "Officer " + id, false, false, null, Set.of(), Set.of(), points, 2176,
				false);
	}

	static Candidate pso(long id, int points, String... courses) {
		return new Candidate(id, "S" + id, "Officer " + id, true, false, null, Set.of(courses), Set.of(), points, 2176,
				false);
	}

	@Test
	void aPsoWithoutTrainingIsExcludedFromEachProtectedKindOfCaseWithTheReason() {
		record Concern(Set<String> registrations, String rosh, String course) {
		}
		for (Concern concern : List.of(new Concern(Set.of("CHILD_PROTECTION"), "MEDIUM", "Safeguarding children"),
				new Concern(Set.of("DOMESTIC_ABUSE_PERPETRATOR"), "MEDIUM", "Domestic abuse awareness"),
				new Concern(Set.of("MAPPA"), "MEDIUM", "MAPPA and public protection"),
				new Concern(Set.of(), "HIGH", "Risk of serious harm assessment"),
				new Concern(Set.of(), "VERY_HIGH", "Risk of serious harm assessment"))) {
			Case theCase = new Case(concern.registrations(), concern.rosh(), 100, FIRST_DAYS, null, null, Set.of());
			Result untrained = PractitionerRecommendation.recommend(theCase, List.of(pso(1, 1000), po(2, 1500)));
			assertThat(untrained.excluded()).hasSize(1);
			assertThat(untrained.excluded().get(0).candidate().staffId()).isEqualTo(1);
			assertThat(untrained.excluded().get(0).reasons()).singleElement()
				.asString()
				.contains("probation services officer")
				.contains(concern.course());
			assertThat(untrained.top().staffId()).isEqualTo(2);

			Result trained = PractitionerRecommendation.recommend(theCase,
					List.of(pso(1, 1000, concern.course()), po(2, 1500)));
			assertThat(trained.excluded()).isEmpty();
			assertThat(trained.top().staffId()).isEqualTo(1);
		}
	}

	@Test
	void aPsoNeedsEveryMatchingTrainingAndEachMissingOneIsGiven() {
		Case theCase = new Case(Set.of("CHILD_PROTECTION", "MAPPA"), "HIGH", 100, FIRST_DAYS, null, null, Set.of());
		Result result = PractitionerRecommendation.recommend(theCase,
				List.of(pso(1, 0, "Safeguarding children"), po(2, 0)));
		assertThat(result.excluded().get(0).reasons()).hasSize(2)
			.anySatisfy(r -> assertThat(r).contains("MAPPA and public protection"))
			.anySatisfy(r -> assertThat(r).contains("Risk of serious harm assessment"));
	}

	@Test
	void aPsoTakesAnOrdinaryCaseAndAProbationOfficerAnyCase() {
		Case ordinary = plainCase();
		assertThat(PractitionerRecommendation.recommend(ordinary, List.of(pso(1, 0))).excluded()).isEmpty();
		Case protectedCase = new Case(Set.of("MAPPA", "CHILD_PROTECTION", "DOMESTIC_ABUSE_PERPETRATOR"), "VERY_HIGH",
				100, FIRST_DAYS, null, null, Set.of());
		assertThat(PractitionerRecommendation.recommend(protectedCase, List.of(po(1, 0))).excluded()).isEmpty();
	}

	@Test
	void nobodyAbsentForTheWholeFirstFiveWorkingDaysIsAllocatedButPartAbsenceIsFine() {
		Candidate away = new Candidate(1, "S1", "Away", false, false, null, Set.of(), Set.copyOf(FIRST_DAYS), 0, 2176,
				false);
		Candidate partly = new Candidate(2, "S2", "Partly", false, false, null, Set.of(),
				Set.copyOf(FIRST_DAYS.subList(0, 4)), 0, 2176, false);
		Result result = PractitionerRecommendation.recommend(plainCase(), List.of(away, partly));
		assertThat(result.excluded()).singleElement().satisfies(e -> {
			assertThat(e.candidate().staffId()).isEqualTo(1);
			assertThat(e.reasons()).singleElement().asString().contains("Absent for the whole");
		});
		assertThat(result.top().staffId()).isEqualTo(2);
	}

	@Test
	void anAgencyWorkerWhoseContractEndsFirstIsRankedLastWithAWarning() {
		Candidate agency = new Candidate(1, "S1", "Agency", false, true, LocalDate.of(2027, 3, 31), Set.of(), Set.of(),
				0, 2176, true);
		Candidate busy = po(2, 2000);
		Result result = PractitionerRecommendation.recommend(plainCase(), List.of(agency, busy));
		assertThat(result.ranked()).extracting(PractitionerRecommendation.Ranked::staffId).containsExactly(2L, 1L);
		assertThat(result.find(1).warnings()).singleElement().asString().contains("Agency contract ends 2027-03-31");
		Candidate longContract = new Candidate(1, "S1", "Agency", false, true, LocalDate.of(2028, 1, 1), Set.of(),
				Set.of(), 0, 2176, false);
		assertThat(PractitionerRecommendation.recommend(plainCase(), List.of(longContract, busy)).top().staffId())
			.isEqualTo(1);
	}

	@Test
	void continuityComesBeforeCapacity() {
		Case known = new Case(Set.of(), "LOW", 63, FIRST_DAYS, null, null, Set.of(2L));
		Result result = PractitionerRecommendation.recommend(known, List.of(po(1, 100), po(2, 2000)));
		assertThat(result.top().staffId()).isEqualTo(2);
		assertThat(result.top().continuity()).isTrue();
	}

	@Test
	void capacityAfterTakingTheCaseRanksLowestFirstAndWarnsAbove100() {
		Result result = PractitionerRecommendation.recommend(plainCase(),
				List.of(po(1, 2150), po(2, 1000), po(3, 1500)));
		assertThat(result.ranked()).extracting(PractitionerRecommendation.Ranked::staffId).containsExactly(2L, 3L, 1L);
		// 1000 + 63 = 1063 of 2176 points
		assertThat(result.top().capacityAfter()).isEqualByComparingTo(new BigDecimal("48.9"));
		assertThat(result.top().capacityNow()).isEqualByComparingTo(new BigDecimal("46.0"));
		assertThat(result.find(1).warnings()).singleElement()
			.asString()
			.contains("Over capacity after allocation (101.7%)");
		assertThat(result.find(2).warnings()).isEmpty();
	}

	@Test
	void locationBreaksATieInCapacity() {
		Candidate far = po(1, 1000);
		Candidate near = new Candidate(2, "S2", "Officer 2", false, false, null, Set.of(), Set.of(), 1000, 2176, true);
		assertThat(PractitionerRecommendation.recommend(plainCase(), List.of(far, near)).top().staffId()).isEqualTo(2);
	}

	@Test
	void theRecommendationAsShownIsRecordedInWords() {
		Result result = PractitionerRecommendation.recommend(
				new Case(Set.of("MAPPA"), "MEDIUM", 63, FIRST_DAYS, null, null, Set.of()),
				List.of(pso(1, 0), po(2, 1000)));
		assertThat(result.describe()).contains("1. Officer 2 (capacity after 48.9%)")
			.contains("Excluded: Officer 1: A probation services officer without 'MAPPA and public protection'");
	}

	@Property
	void everyPractitionerIsEitherRankedOrExcludedAndRanksRunFromOne(@ForAll @IntRange(min = 0, max = 12) int n,
			@ForAll @IntRange(min = 0, max = 4000) int seedPoints, @ForAll boolean protectedCase) {
		List<Candidate> candidates = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			int points = (seedPoints * (i + 7)) % 3000;
			candidates.add(i % 2 == 0 ? pso(i, points) : po(i, points));
		}
		Case theCase = new Case(protectedCase ? Set.of("MAPPA") : Set.of(), "MEDIUM", 63, FIRST_DAYS, null, null,
				Set.of());
		Result result = PractitionerRecommendation.recommend(theCase, candidates);
		assertThat(result.ranked().size() + result.excluded().size()).isEqualTo(n);
		for (int i = 0; i < result.ranked().size(); i++) {
			assertThat(result.ranked().get(i).rank()).isEqualTo(i + 1);
			if (i > 0) {
				assertThat(result.ranked().get(i).capacityAfter())
					.isGreaterThanOrEqualTo(result.ranked().get(i - 1).capacityAfter());
			}
		}
		if (protectedCase) {
			assertThat(result.ranked()).noneMatch(r -> r.candidate().probationServicesOfficer());
		}
	}

}
