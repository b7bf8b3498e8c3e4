package org.openprobation.interventions;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.openprobation.access.CurrentUser;
import org.openprobation.interventions.persistence.ServiceRepository;

import org.springframework.transaction.annotation.Transactional;

/**
 * Finding interventions by need and borough: within the user's provider, or across every
 * provider's rate card for the NPS, inspectors and administrators.
 */
@org.springframework.stereotype.Service
@Transactional(readOnly = true)
public class Directory {

	private final ServiceRepository repository;

	private final org.openprobation.organisation.Organisation organisation;

	Directory(ServiceRepository repository, org.openprobation.organisation.Organisation organisation) {
		this.repository = repository;
		this.organisation = organisation;
	}

	/**
	 * The NPS buys from every provider's rate card, so its staff search them all; a CRC's
	 * staff search their own provider's (inspectors and administrators, every one).
	 */
	public boolean searchesEveryProvider(CurrentUser user) {
		return user.readsEveryProvider() || (user.providerId() != null && organisation.providerType(user.providerId())
			.filter(t -> t == org.openprobation.organisation.ProviderType.NPS_DIVISION)
			.isPresent());
	}

	/**
	 * A case the NPS holds may be referred to any provider's service (it buys from their
	 * rate cards); a CRC's case only to its own provider's.
	 */
	public boolean refersToEveryProvider(long caseProviderId) {
		return organisation.providerType(caseProviderId)
			.filter(t -> t == org.openprobation.organisation.ProviderType.NPS_DIVISION)
			.isPresent();
	}

	public List<org.openprobation.interventions.Service> search(CurrentUser user, @Nullable Need need,
			@Nullable Long boroughId) {
		return repository.search(searchesEveryProvider(user) ? null : user.providerScope(), need, boroughId);
	}

	public Map<Long, String> boroughs(CurrentUser user) {
		return repository.boroughs(searchesEveryProvider(user) ? null : user.providerScope());
	}

	/** Every provider's name, for saying whose rate card a service is on. */
	public Map<Long, String> providers() {
		return organisation.providers();
	}

}
