package org.openprobation.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.openprobation.organisation.persistence.OrganisationRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other modules may ask of the organisation. */
@Service
@Transactional(readOnly = true)
public class Organisation {

	private final OrganisationRepository repository;

	Organisation(OrganisationRepository repository) {
		this.repository = repository;
	}

	/** Counts for one provider, or for every provider when {@code providerId} is null. */
	public OrganisationCounts counts(@Nullable Long providerId) {
		return repository.counts(providerId);
	}

	/** Providers with their areas, boroughs, offices and teams; one provider or all. */
	public List<OrganisationUnit> hierarchy(@Nullable Long providerId) {
		return repository.hierarchy(providerId);
	}

	public Optional<StaffMember> staffMember(long id) {
		return repository.staffByIds(List.of(id)).values().stream().findFirst();
	}

	public Optional<StaffMember> staffMember(String code) {
		return repository.staffIdByCode(code).flatMap(this::staffMember);
	}

	/** Looks staff up by a set of ids in one query, so lists stay flat at scale. */
	public Map<Long, StaffMember> staffByIds(Collection<Long> ids) {
		return ids.isEmpty() ? Map.of() : repository.staffByIds(ids);
	}

	public Optional<Team> team(String code) {
		return repository.teamByCode(code);
	}

	/** Borough names for a set of borough ids, in one query. */
	public Map<Long, String> boroughNames(Collection<Long> ids) {
		return ids.isEmpty() ? Map.of() : repository.boroughNames(ids);
	}

	public Optional<String> providerName(long providerId) {
		return repository.providerName(providerId);
	}

}
