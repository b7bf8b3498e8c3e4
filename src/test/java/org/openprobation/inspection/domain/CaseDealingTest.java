package org.openprobation.inspection.domain;

import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Dealing a sample to inspectors: balanced by office, never to the officer's manager. */
class CaseDealingTest {

	private static final CaseDealing.Officer TEAM_7 = new CaseDealing.Officer(7L, 70L);

	private static final CaseDealing.Officer TEAM_8 = new CaseDealing.Officer(8L, 70L);

	private static List<CaseDealing.Case> cases(int count, int offices) {
		List<CaseDealing.Case> cases = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			cases.add(new CaseDealing.Case(1000 + i, (long) (i % offices), i, i % 2 == 0 ? TEAM_7 : TEAM_8));
		}
		return cases;
	}

	private static CaseDealing.Inspector inspector(String name) {
		return new CaseDealing.Inspector(name, false, null, false, null);
	}

	@Test
	void aSeniorProbationOfficerIsNeverDealtACaseOfTheirOwnTeam() {
		CaseDealing.Inspector spo = new CaseDealing.Inspector("spo", true, 7L, false, null);
		CaseDealing.Dealt dealt = CaseDealing.deal(cases(20, 3), List.of(spo, inspector("hmi")));
		assertThat(dealt.deals()).filteredOn(d -> d.inspector().equals("spo"))
			.allMatch(d -> (d.personId() - 1000) % 2 == 1);
		assertThat(dealt.undealt()).isZero();
		assertThat(dealt.counts().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(20);
	}

	@Test
	void aCaseEveryInspectorManagesIsLeftUndealt() {
		CaseDealing.Inspector areaManager = new CaseDealing.Inspector("am", false, null, true, 70L);
		CaseDealing.Dealt dealt = CaseDealing.deal(cases(4, 1), List.of(areaManager));
		assertThat(dealt.deals()).isEmpty();
		assertThat(dealt.undealt()).isEqualTo(4);
		assertThat(dealt.counts()).containsEntry("am", 0);
	}

	@Test
	void everyTenthCaseIsModeratedBySomeoneElseAndASmallSampleHasOne() {
		CaseDealing.Dealt dealt = CaseDealing.deal(cases(25, 2), List.of(inspector("a"), inspector("b")));
		assertThat(dealt.deals()).filteredOn(d -> d.moderator() != null)
			.hasSize(2)
			.allMatch(d -> !d.moderator().equals(d.inspector()));
		assertThat(CaseDealing.forModeration(List.of(5L, 6L, 7L))).containsExactly(7L);
		assertThat(CaseDealing.forModeration(List.of())).isEmpty();
	}

	@Property
	void inspectorsAreDealtWithinOneCasePerOfficeOfEachOther(@ForAll @IntRange(min = 1, max = 120) int count,
			@ForAll @IntRange(min = 1, max = 6) int offices, @ForAll @IntRange(min = 1, max = 5) int people) {
		List<CaseDealing.Inspector> inspectors = new ArrayList<>();
		for (int i = 0; i < people; i++) {
			inspectors.add(inspector("i" + i));
		}
		CaseDealing.Dealt dealt = CaseDealing.deal(cases(count, offices), inspectors);
		int most = dealt.counts().values().stream().mapToInt(Integer::intValue).max().orElseThrow();
		int fewest = dealt.counts().values().stream().mapToInt(Integer::intValue).min().orElseThrow();
		assertThat(most - fewest).isLessThanOrEqualTo(offices);
		assertThat(dealt.deals()).hasSize(count);
	}

}
