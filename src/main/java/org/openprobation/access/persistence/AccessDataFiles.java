package org.openprobation.access.persistence;

import java.util.List;

import org.openprobation.shared.ProviderDataFiles;

import org.springframework.stereotype.Component;

/**
 * Access's part of a provider's export: who is allowed on or excluded from its restricted
 * cases. Accounts, passwords and the audit trail stay with the deployment.
 */
@Component
class AccessDataFiles implements ProviderDataFiles {

	@Override
	public List<DataFile> files() {
		return List.of(new DataFile("case_restriction.csv", 260, """
				select t.* from access.case_restriction t
				where t.person_id in :people
				order by t.person_id, t.username"""));
	}

}
