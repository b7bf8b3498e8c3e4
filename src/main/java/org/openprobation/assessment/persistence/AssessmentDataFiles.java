package org.openprobation.assessment.persistence;

import java.util.List;

import org.openprobation.shared.ProviderDataFiles;

import org.springframework.stereotype.Component;

/**
 * The assessments' part of a provider's export: risk of serious harm, needs,
 * registrations, RSR, tiers, safeguarding checks and women's factors.
 */
@Component
class AssessmentDataFiles implements ProviderDataFiles {

	@Override
	public List<DataFile> files() {
		return List.of(
				new DataFile("rosh_assessment.csv", 400,
						"select t.* from assessment.rosh_assessment t where t.person_id in " + PEOPLE
								+ " order by t.id"),
				new DataFile("rosh_countersignature.csv", 405,
						"select t.* from assessment.rosh_countersignature t where t.rosh_assessment_id in (select id from assessment.rosh_assessment where person_id in "
								+ PEOPLE + ") order by t.id"),
				new DataFile("needs_assessment.csv", 410,
						"select t.* from assessment.needs_assessment t where t.person_id in " + PEOPLE
								+ " order by t.id"),
				new DataFile("need.csv", 415,
						"select t.* from assessment.need t where t.needs_assessment_id in (select id from assessment.needs_assessment where person_id in "
								+ PEOPLE + ") order by t.needs_assessment_id, t.need"),
				new DataFile("registration.csv", 420,
						"select t.* from assessment.registration t where t.person_id in " + PEOPLE + " order by t.id"),
				new DataFile("registration_review.csv", 425,
						"select t.* from assessment.registration_review t where t.registration_id in (select id from assessment.registration where person_id in "
								+ PEOPLE + ") order by t.id"),
				new DataFile("rsr_score.csv", 430,
						"select t.* from assessment.rsr_score t where t.person_id in " + PEOPLE + " order by t.id"),
				new DataFile("tier.csv", 440,
						"select t.* from assessment.tier t where t.person_id in " + PEOPLE + " order by t.person_id"),
				new DataFile("tier_history.csv", 445,
						"select t.* from assessment.tier_history t where t.person_id in " + PEOPLE + " order by t.id"),
				new DataFile("safeguarding_check.csv", 450,
						"select t.* from assessment.safeguarding_check t where t.person_id in " + PEOPLE
								+ " order by t.id"),
				new DataFile("women_factors.csv", 460,
						"select t.* from assessment.women_factors t where t.person_id in " + PEOPLE + " order by t.id"),
				new DataFile("scoring_sex.csv", 465, "select t.* from assessment.scoring_sex t where t.person_id in "
						+ PEOPLE + " order by t.person_id"));
	}

}
