package org.openprobation.interventions;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.openprobation.access.CurrentUser;
import org.openprobation.interventions.persistence.ServiceRepository;

import org.springframework.transaction.annotation.Transactional;

/**
 * Finding interventions by need and borough, within the user's provider (all for
 * inspectors).
 */
@org.springframework.stereotype.Service
@Transactional(readOnly = true)
public class Directory {

	private final ServiceRepository repository;

	Directory(ServiceRepository repository) {
		this.repository = repository;
	}

	public List<org.openprobation.interventions.Service> search(CurrentUser user, @Nullable Need need,
			@Nullable Long boroughId) {
		return repository.search(user.providerScope(), need, boroughId);
	}

	public Map<Long, String> boroughs(CurrentUser user) {
		return repository.boroughs(user.providerScope());
	}

}
