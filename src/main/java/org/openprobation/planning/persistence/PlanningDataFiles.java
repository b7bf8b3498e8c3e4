package org.openprobation.planning.persistence;

import java.util.List;

import org.openprobation.shared.ProviderDataFiles;

import org.springframework.stereotype.Component;

/**
 * The sentence plans' part of a provider's export: plans, objectives, the needs they
 * address, gaps, reviews and progress.
 */
@Component
class PlanningDataFiles implements ProviderDataFiles {

	@Override
	public List<DataFile> files() {
		return List.of(
				new DataFile("plan.csv", 500,
						"select t.* from planning.plan t where t.person_id in " + PEOPLE + " order by t.id"),
				new DataFile("objective.csv", 510,
						"select t.* from planning.objective t where t.plan_id in (select id from planning.plan where person_id in "
								+ PEOPLE + ") order by t.id"),
				new DataFile("objective_need.csv", 515,
						"select t.* from planning.objective_need t where t.objective_id in (select o.id from planning.objective o join planning.plan p on p.id = o.plan_id where p.person_id in "
								+ PEOPLE + ") order by t.objective_id, t.need"),
				new DataFile("gap_reason.csv", 520,
						"select t.* from planning.gap_reason t where t.plan_id in (select id from planning.plan where person_id in "
								+ PEOPLE + ") order by t.plan_id, t.item"),
				new DataFile("review.csv", 530,
						"select t.* from planning.review t where t.plan_id in (select id from planning.plan where person_id in "
								+ PEOPLE + ") order by t.id"),
				new DataFile("review_progress.csv", 535,
						"select t.* from planning.review_progress t where t.review_id in (select r.id from planning.review r join planning.plan p on p.id = r.plan_id where p.person_id in "
								+ PEOPLE + ") order by t.review_id, t.objective_id"),
				new DataFile("plan_countersignature.csv", 540,
						"select t.* from planning.countersignature t where t.plan_id in (select id from planning.plan where person_id in "
								+ PEOPLE + ") order by t.id"));
	}

}
