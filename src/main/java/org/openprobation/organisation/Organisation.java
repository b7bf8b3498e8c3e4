package org.openprobation.organisation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.openprobation.organisation.persistence.OrganisationRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other modules may ask of the organisation. */
@Service
@Transactional(readOnly = true)
public class Organisation {

	private final OrganisationRepository repository;

	private final java.time.Clock clock;

	Organisation(OrganisationRepository repository, java.time.Clock clock) {
		this.repository = repository;
		this.clock = clock;
	}

	/** Counts for one provider, or for every provider when {@code providerId} is null. */
	public OrganisationCounts counts(@Nullable Long providerId) {
		return repository.counts(providerId);
	}

	/**
	 * Providers with their areas, boroughs, offices and teams open today; one provider or
	 * all. Closed units stay on the record (cases refer to them) and in the organisation
	 * pages' lists, not in the tree.
	 */
	public List<OrganisationUnit> hierarchy(@Nullable Long providerId) {
		return repository.hierarchy(providerId, java.time.LocalDate.now(clock));
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

	/** The teams of a provider, by name. */
	public List<TeamName> teamsOf(long providerId) {
		return repository.teamsOf(providerId);
	}

	/** An area by its code, with its teams' codes. */
	public Optional<AreaRef> area(String code) {
		return repository.area(code);
	}

	public Optional<String> areaCode(long areaId) {
		return repository.areaCode(areaId);
	}

	public Optional<Long> firstProviderId() {
		return repository.firstProviderId();
	}

	public Optional<String> teamCode(long teamId) {
		return repository.teamCode(teamId);
	}

	public Optional<Team> team(String code) {
		return repository.teamByCode(code);
	}

	/** Borough names for a set of borough ids, in one query. */
	public Map<Long, String> boroughNames(Collection<Long> ids) {
		return ids.isEmpty() ? Map.of() : repository.boroughNames(ids);
	}

	/** The training courses each member of staff holds that are valid on a date. */
	public Map<Long, Set<String>> coursesValidOn(Collection<Long> staffIds, LocalDate date) {
		return staffIds.isEmpty() ? Map.of() : repository.coursesValidOn(staffIds, date);
	}

	/**
	 * An office's address as a letter gives it ("name, address"), if the office exists.
	 */
	public Optional<String> officeAddress(long officeId) {
		return repository.officeAddress(officeId);
	}

	/** The offices that serve a borough. */
	public Set<Long> officesServing(long boroughId) {
		return repository.officesServing(boroughId);
	}

	public Optional<ProviderType> providerType(long providerId) {
		return repository.providerType(providerId).map(ProviderType::valueOf);
	}

	/** Every member of staff of a provider, in one query. */
	public List<StaffMember> staffOf(long providerId) {
		return repository.staffOfProvider(providerId);
	}

	/** Every provider's code by id, in name order. */
	public Map<Long, String> providerCodes() {
		return repository.providerCodes();
	}

	/** Every provider of the deployment by id, in name order. */
	public Map<Long, String> providers() {
		return repository.providers();
	}

	public Optional<Long> providerId(String code) {
		return repository.providerIdByCode(code);
	}

	public Optional<String> providerName(long providerId) {
		return repository.providerName(providerId);
	}

}
