package org.openprobation.demo;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.openprobation.organisation.OrganisationBulkLoad;
import org.openprobation.organisation.StaffGrade;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generator in memory: London's figures, and the same seed always giving the same
 * data.
 */
class DemoGeneratorTest {

	private static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);

	private static final DemoSettings LONDON = new DemoSettings(DemoSettings.Generate.ALWAYS, DemoSettings.Size.LONDON,
			20180301, AS_OF, false, 0, 0, 0, 0, 0, 0, 0);

	private static OrganisationGenerator.Generated london(long seed) {
		return new OrganisationGenerator(seed, AS_OF).generate(LONDON);
	}

	@Test
	void londonHasFiveAreasThirtyThreeBoroughsAndTwentyFiveOffices() {
		OrganisationBulkLoad.Snapshot s = london(1).snapshot();
		assertThat(s.providers()).hasSize(1);
		assertThat(s.areas()).hasSize(5);
		assertThat(s.boroughs()).hasSize(33);
		assertThat(s.boroughs()).extracting(OrganisationBulkLoad.Borough::name).contains("City of London", "Croydon");
		assertThat(s.offices()).hasSize(25);
		// every borough is served by exactly one office
		assertThat(s.coverage()).hasSize(33);
		assertThat(s.coverage().stream().map(OrganisationBulkLoad.OfficeCoverage::boroughId).distinct()).hasSize(33);
	}

	@Test
	void teamsHaveSixToTenPractitionersUnderOneSeniorProbationOfficer() {
		OrganisationBulkLoad.Snapshot s = london(1).snapshot();
		Map<Long, List<OrganisationBulkLoad.Staff>> byTeam = s.staff()
			.stream()
			.filter(m -> m.teamId() != null)
			.collect(Collectors.groupingBy(OrganisationBulkLoad.Staff::teamId));
		assertThat(byTeam).hasSameSizeAs(s.teams());
		byTeam.forEach((team, members) -> {
			long practitioners = members.stream().filter(m -> m.grade().holdsCases()).count();
			assertThat(practitioners).as("practitioners in team %d", team).isBetween(6L, 10L);
			assertThat(members.stream().filter(m -> m.grade() == StaffGrade.SENIOR_PROBATION_OFFICER)).hasSize(1);
		});
	}

	@Test
	void aboutFiveHundredAndTwentyPractitionersHoldAllCasesWithARealisticSpread() {
		OrganisationGenerator.Generated generated = london(20180301);
		List<OrganisationGenerator.Practitioner> practitioners = generated.providers().get(0).practitioners();
		assertThat(practitioners).hasSize(520);
		List<Integer> caseloads = practitioners.stream()
			.map(OrganisationGenerator.Practitioner::caseload)
			.sorted()
			.toList();
		assertThat(caseloads.stream().mapToInt(Integer::intValue).sum()).isEqualTo(29_473);
		double median = (caseloads.get(259) + caseloads.get(260)) / 2.0;
		assertThat(median).isBetween(50.0, 65.0);
		assertThat(caseloads.stream().filter(c -> c > 80).count()).as("practitioners over 80 cases").isBetween(3L, 40L);
		double specialists = practitioners.stream()
			.filter(p -> p.specialistRole() != null)
			.mapToInt(OrganisationGenerator.Practitioner::caseload)
			.average()
			.orElseThrow();
		double others = practitioners.stream()
			.filter(p -> p.specialistRole() == null)
			.mapToInt(OrganisationGenerator.Practitioner::caseload)
			.average()
			.orElseThrow();
		assertThat(specialists).isLessThan(others * 0.85);
	}

	@Test
	void theSameSeedGivesTheSameDataAndAnotherSeedDoesNot() {
		assertThat(london(7).snapshot()).isEqualTo(london(7).snapshot());
		assertThat(london(7).snapshot().staff()).isNotEqualTo(london(8).snapshot().staff());
		OrganisationGenerator.Provider provider = london(7).providers().get(0);
		CaseGenerator.Batch first = new CaseGenerator(7, AS_OF, provider, LONDON).generate(0, 3, 0,
				new CaseGenerator.Ids());
		CaseGenerator.Batch second = new CaseGenerator(7, AS_OF, provider, LONDON).generate(0, 3, 0,
				new CaseGenerator.Ids());
		assertThat(first.people).isNotEmpty().isEqualTo(second.people);
		assertThat(first.sentences).isEqualTo(second.sentences);
		assertThat(first.officers).isEqualTo(second.officers);
	}

	@Test
	void theNationalSizeHasTwentyEightProvidersAndAboutTwoHundredAndSixtyThousandPeople() {
		DemoSettings national = new DemoSettings(DemoSettings.Generate.ALWAYS, DemoSettings.Size.NATIONAL, 1, AS_OF,
				false, 0, 0, 0, 0, 0, 0, 0);
		OrganisationGenerator.Generated generated = new OrganisationGenerator(1, AS_OF).generate(national);
		assertThat(generated.providers()).hasSize(28);
		assertThat(generated.providers().stream().filter(p -> p.type().name().equals("CRC"))).hasSize(21);
		assertThat(generated.providers().stream().mapToInt(OrganisationGenerator.Provider::people).sum())
			.isEqualTo(260_000);
		assertThat(generated.providers()
			.stream()
			.flatMap(p -> p.practitioners().stream())
			.max(Comparator.comparingInt(OrganisationGenerator.Practitioner::caseload))
			.orElseThrow()
			.caseload()).isLessThan(120);
	}

}
