package org.openprobation.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import org.openprobation.organisation.OrganisationBulkLoad;
import org.openprobation.organisation.StaffGrade;

/**
 * Staff's declared characteristics, each team's funded posts and performance improvement
 * plans, from their own random stream (so the rest of the demo data stays the same).
 * Gender follows the forename and ethnicity the surname's name pool, with some mixed
 * heritage and some not declared; rates are neutral across groups.
 */
final class WorkforceGenerator {

	private static final List<String> RELIGIONS = List.of("Christian", "No religion", "Muslim", "Hindu", "Jewish",
			"Sikh", "Buddhist", "Other religion");

	private static final double[] RELIGION_WEIGHTS = { 0.40, 0.30, 0.13, 0.05, 0.02, 0.02, 0.01, 0.02 };

	private WorkforceGenerator() {
	}

	static OrganisationBulkLoad.Workforce generate(OrganisationBulkLoad.Snapshot snapshot, long seed, LocalDate asOf) {
		SplittableRandom random = new SplittableRandom(seed * 977 + 13);
		Set<String> female = new HashSet<>();
		Map<String, String> surnameEthnicity = new HashMap<>();
		for (NameBank.Pool pool : NameBank.ALL) {
			female.addAll(pool.female());
			String code = pool == NameBank.ALL.get(0) ? "W1"
					: pool == NameBank.ALL.get(1) ? "W4"
							: pool == NameBank.ALL.get(2) ? "B1" : pool == NameBank.ALL.get(3) ? "B2"
									: pool == NameBank.ALL.get(4) ? "A1" : pool == NameBank.ALL.get(5) ? "A4" : "O1";
			pool.surnames().forEach(s -> surnameEthnicity.putIfAbsent(s, code));
		}
		List<OrganisationBulkLoad.StaffProfile> profiles = new ArrayList<>();
		List<OrganisationBulkLoad.PerformancePlan> plans = new ArrayList<>();
		Map<Long, Map<StaffGrade, Integer>> inPost = new HashMap<>();
		for (OrganisationBulkLoad.Staff staff : snapshot.staff()) {
			String gender = random.nextDouble() < 0.02 ? "NOT_DECLARED"
					: female.contains(staff.forename()) ? "FEMALE" : "MALE";
			double e = random.nextDouble();
			String ethnicity = e < 0.03 ? null
					: e < 0.08 ? "M" + (1 + random.nextInt(4)) : surnameEthnicity.getOrDefault(staff.surname(), "W1");
			if ("W1".equals(ethnicity) && random.nextDouble() < 0.12) {
				ethnicity = "W2";
			}
			if ("A1".equals(ethnicity)) {
				ethnicity = "A" + (1 + random.nextInt(3));
			}
			double d = random.nextDouble();
			String disability = d < 0.11 ? "YES" : d < 0.16 ? "NOT_DECLARED" : "NO";
			String religion = random.nextDouble() < 0.08 ? null
					: RELIGIONS.get(pick(RELIGION_WEIGHTS, random.nextDouble()));
			LocalDate born = asOf.minusYears(22 + random.nextInt(42)).minusDays(random.nextInt(365));
			profiles
				.add(new OrganisationBulkLoad.StaffProfile(staff.id(), gender, ethnicity, disability, religion, born));
			if (staff.teamId() != null) {
				inPost.computeIfAbsent(staff.teamId(), k -> new HashMap<>()).merge(staff.grade(), 1, Integer::sum);
			}
			if (staff.grade().holdsCases()) {
				double p = random.nextDouble();
				if (p < 0.03) {
					plans.add(new OrganisationBulkLoad.PerformancePlan(staff.id(),
							asOf.minusDays(10 + random.nextInt(170)), null, null));
				}
				else if (p < 0.07) {
					LocalDate started = asOf.minusDays(200 + random.nextInt(500));
					plans.add(new OrganisationBulkLoad.PerformancePlan(staff.id(), started, started.plusDays(90),
							random.nextDouble() < 0.8 ? "Completed successfully" : "Left the organisation"));
				}
			}
		}
		List<OrganisationBulkLoad.Posts> establishment = new ArrayList<>();
		for (OrganisationBulkLoad.TeamRow team : snapshot.teams()) {
			Map<StaffGrade, Integer> grades = inPost.getOrDefault(team.id(), Map.of());
			for (StaffGrade grade : List.of(StaffGrade.PROBATION_OFFICER, StaffGrade.PROBATION_SERVICES_OFFICER,
					StaffGrade.SENIOR_PROBATION_OFFICER)) {
				int have = grades.getOrDefault(grade, 0);
				double v = random.nextDouble();
				int vacancies = v < 0.55 ? 0 : v < 0.85 ? 1 : 2;
				// every team has one senior probation officer post, vacant when nobody
				// holds it
				establishment.add(new OrganisationBulkLoad.Posts(team.id(), grade,
						grade == StaffGrade.SENIOR_PROBATION_OFFICER ? Math.max(1, have) : have + vacancies));
			}
		}
		return new OrganisationBulkLoad.Workforce(profiles, establishment, plans);
	}

	private static int pick(double[] weights, double r) {
		double sum = 0;
		for (int i = 0; i < weights.length; i++) {
			sum += weights[i];
			if (r < sum) {
				return i;
			}
		}
		return weights.length - 1;
	}

}
