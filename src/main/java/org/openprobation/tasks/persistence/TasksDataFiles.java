package org.openprobation.tasks.persistence;

import java.util.List;

import org.openprobation.shared.ProviderDataFiles;

import org.springframework.stereotype.Component;

/** The tasks people set, as part of a provider's export. */
@Component
class TasksDataFiles implements ProviderDataFiles {

	@Override
	public List<DataFile> files() {
		return List.of(new DataFile("task.csv", 1200,
				"select t.* from tasks.task t where t.person_id in " + PEOPLE + " order by t.id"));
	}

}
