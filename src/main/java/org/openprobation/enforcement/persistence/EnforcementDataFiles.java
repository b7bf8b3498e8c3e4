package org.openprobation.enforcement.persistence;

import java.util.List;

import org.openprobation.shared.ProviderDataFiles;

import org.springframework.stereotype.Component;

/** Enforcement's part of a provider's export: each warning, breach and recall action. */
@Component
class EnforcementDataFiles implements ProviderDataFiles {

	@Override
	public List<DataFile> files() {
		return List.of(new DataFile("enforcement_action.csv", 700,
				"select t.* from enforcement.action t where t.person_id in " + PEOPLE + " order by t.id"));
	}

}
