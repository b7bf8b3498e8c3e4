package org.openprobation.interventions.persistence;

import java.util.List;

import org.openprobation.shared.ProviderDataFiles;

import org.springframework.stereotype.Component;

/**
 * The interventions' part of a provider's export: its rate card and every referral with
 * its sessions.
 */
@Component
class InterventionsDataFiles implements ProviderDataFiles {

	@Override
	public List<DataFile> files() {
		return List.of(
				new DataFile("service.csv", 900,
						"select t.* from interventions.service t where t.provider_id = :provider order by t.id"),
				new DataFile("service_borough.csv", 905,
						"select t.* from interventions.service_borough t where t.service_id in (select id from interventions.service where provider_id = :provider) order by t.service_id, t.borough_id"),
				new DataFile("referral.csv", 910,
						"select t.* from interventions.referral t where t.person_id in " + PEOPLE + " order by t.id"),
				new DataFile("referral_session.csv", 915,
						"select t.* from interventions.referral_session t where t.referral_id in (select id from interventions.referral where person_id in "
								+ PEOPLE + ") order by t.referral_id, t.contact_id"));
	}

}
