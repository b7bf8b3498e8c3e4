package org.openprobation.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import org.openprobation.assessment.domain.InitialAssessment;
import org.openprobation.assessment.AssessmentBulkLoad;
import org.openprobation.assessment.NeedsAssessment;
import org.openprobation.assessment.domain.TierRule.Need;
import org.openprobation.assessment.domain.TierRule.RoshLevel;
import org.openprobation.planning.PlansBulkLoad;

/**
 * Sentence plans for people with a needs assessment. As the inspection found, about half
 * of the plans leave out something the assessment linked to offending or harm.
 */
final class PlanGenerator {

	private static final Map<Need, String> OBJECTIVES = new HashMap<>();

	static {
		OBJECTIVES.put(Need.ACCOMMODATION, "Find and keep a settled place to live");
		OBJECTIVES.put(Need.EDUCATION_TRAINING_AND_EMPLOYABILITY, "Complete a course and apply for work");
		OBJECTIVES.put(Need.FINANCIAL_MANAGEMENT, "Budget and clear priority debts");
		OBJECTIVES.put(Need.RELATIONSHIPS, "Build relationships that support a life without offending");
		OBJECTIVES.put(Need.LIFESTYLE_AND_ASSOCIATES, "Spend time away from pro-criminal associates");
		OBJECTIVES.put(Need.DRUG_MISUSE, "Engage with drug treatment and reduce use");
		OBJECTIVES.put(Need.ALCOHOL_MISUSE, "Reduce drinking with the alcohol service");
		OBJECTIVES.put(Need.THINKING_AND_BEHAVIOUR, "Learn to manage impulsive decisions");
		OBJECTIVES.put(Need.ATTITUDES, "Challenge attitudes that support offending");
		OBJECTIVES.put(Need.EMOTIONAL_WELLBEING, "See the GP about mood and keep appointments");
	}

	private final SplittableRandom random;

	private final LocalDate asOf;

	private long planId;

	private long objectiveId;

	PlanGenerator(long seed, LocalDate asOf) {
		this.random = new SplittableRandom(seed * 7 + 3);
		this.asOf = asOf;
	}

	List<PlansBulkLoad.PlanRow> generate(AssessmentBulkLoad.Batch assessments) {
		Map<Long, AssessmentBulkLoad.Needs> firstNeeds = new HashMap<>();
		Map<Long, AssessmentBulkLoad.Needs> latestNeeds = new HashMap<>();
		for (AssessmentBulkLoad.Needs n : assessments.needs()) {
			firstNeeds.merge(n.personId(), n, (a, b) -> a.assessedOn().isBefore(b.assessedOn()) ? a : b);
			latestNeeds.merge(n.personId(), n, (a, b) -> a.assessedOn().isAfter(b.assessedOn()) ? a : b);
		}
		Map<Long, RoshLevel> rosh = new HashMap<>();
		for (AssessmentBulkLoad.Rosh r : assessments.rosh()) {
			RoshLevel overall = max(max(max(r.children(), r.publicAtLarge()), max(r.knownAdult(), r.staff())),
					r.prisoners());
			rosh.put(r.personId(), overall);
		}
		List<PlansBulkLoad.PlanRow> plans = new ArrayList<>();
		for (Map.Entry<Long, AssessmentBulkLoad.Needs> entry : latestNeeds.entrySet()) {
			if (random.nextDouble() >= 0.9) {
				continue;
			}
			long person = entry.getKey();
			LocalDate created = firstNeeds.get(person).assessedOn().plusDays(random.nextInt(10));
			if (created.isAfter(asOf)) {
				created = asOf;
			}
			List<Need> linked = new ArrayList<>();
			for (NeedsAssessment.AssessedNeed need : entry.getValue().needs()) {
				if (need.linkedToOffending() || need.linkedToHarm()) {
					linked.add(need.need());
				}
			}
			if (!linked.isEmpty() && random.nextDouble() < 0.5) {
				linked.remove(random.nextInt(linked.size()));
			}
			boolean addressRisk = rosh.getOrDefault(person, RoshLevel.LOW).compareTo(RoshLevel.MEDIUM) >= 0
					&& random.nextDouble() < 0.8;
			List<PlansBulkLoad.ObjectiveRow> objectives = new ArrayList<>();
			for (Need need : linked) {
				objectives.add(new PlansBulkLoad.ObjectiveRow(++objectiveId, OBJECTIVES.get(need), Set.of(need),
						addressRisk && objectives.isEmpty(), created.plusMonths(3 + random.nextInt(6)),
						random.nextDouble() < 0.5 ? "IN_PROGRESS" : "NOT_STARTED"));
			}
			if (addressRisk && objectives.isEmpty()) {
				objectives.add(new PlansBulkLoad.ObjectiveRow(++objectiveId, "Keep to the risk management plan",
						EnumSet.noneOf(Need.class), true, created.plusMonths(6), "IN_PROGRESS"));
			}
			plans.add(new PlansBulkLoad.PlanRow(++planId, person, created,
					InitialAssessment.dueBy(created, InitialAssessment.Settings.defaults()), random.nextDouble() < 0.7,
					objectives));
		}
		return plans;
	}

	private static RoshLevel max(RoshLevel a, RoshLevel b) {
		return a.compareTo(b) >= 0 ? a : b;
	}

}
