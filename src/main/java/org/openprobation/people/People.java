package org.openprobation.people;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.openprobation.access.CaseOwner;
import org.openprobation.access.CaseRestrictions;
import org.openprobation.organisation.Organisation;
import org.openprobation.organisation.StaffMember;
import org.openprobation.people.persistence.PersonRepository;
import org.openprobation.shared.Crn;
import org.openprobation.shared.NotFound;
import org.openprobation.shared.PageOf;
import org.openprobation.shared.PageRequest;
import org.openprobation.shared.SortDirection;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may ask about people on probation. Access checks and auditing are
 * the calling use case's job: these methods only read.
 */
@Service
@Transactional(readOnly = true)
public class People {

	private final PersonRepository repository;

	private final Organisation organisation;

	private final CaseRestrictions restrictions;

	People(PersonRepository repository, Organisation organisation, CaseRestrictions restrictions) {
		this.restrictions = restrictions;
		this.repository = repository;
		this.organisation = organisation;
	}

	/**
	 * Finds people within one provider, or every provider when {@code providerScope} is
	 * null.
	 */
	public PageOf<PersonSummary> search(PersonQuery query, @Nullable Long providerScope, @Nullable String visibleTo,
			PageRequest page, PersonSort sort, SortDirection direction) {
		return repository.search(query, providerScope, visibleTo, page, sort, direction);
	}

	public Optional<PersonRecord> find(Crn crn) {
		return repository.findByCrn(crn.value());
	}

	/** The person with this CRN, or NotFound (404) saying so. */
	public PersonRecord require(Crn crn) {
		return find(crn).orElseThrow(() -> new NotFound("No person on probation has the CRN " + crn.value()));
	}

	/** The CRN of a person by id, or NotFound when the record has gone. */
	public Crn crnOf(long personId) {
		PersonSummary summary = byIds(List.of(personId)).get(personId);
		if (summary == null) {
			throw new NotFound("That person is no longer on the record.");
		}
		return Crn.parse(summary.crn()).orElseThrow();
	}

	/** Who holds the case: provider, and the responsible officer's team and area. */
	public CaseOwner ownerOf(PersonRecord person) {
		Optional<StaffMember> officer = person.responsibleOfficer()
			.flatMap(ro -> organisation.staffMember(ro.staffId()));
		CaseRestrictions.Lists lists = restrictions.of(person.id());
		return new CaseOwner(person.providerId(), officer.map(StaffMember::areaId).orElse(null),
				officer.map(StaffMember::teamId).orElse(null), officer.map(StaffMember::id).orElse(null),
				repository.restricted(person.id()), lists.allowed(), lists.excluded(), person.transferredOut());
	}

	/** Restricts a case to the users named as allowed on it, or lifts the restriction. */
	@org.springframework.transaction.annotation.Transactional
	public void setRestricted(long personId, boolean restricted) {
		repository.setRestricted(personId, restricted);
	}

	public boolean restricted(long personId) {
		return repository.restricted(personId);
	}

	/**
	 * The cases this user may not see in lists: excluded from, or restricted without
	 * being named on.
	 */
	public HiddenCases hiddenFrom(org.openprobation.access.CurrentUser user) {
		return repository.hiddenFrom(user.username());
	}

	/** People by id, in one query. */
	public Map<Long, PersonSummary> byIds(Collection<Long> personIds) {
		return personIds.isEmpty() ? Map.of() : repository.byIds(personIds);
	}

	/**
	 * Every person of a provider (or all), for whole-caseload jobs such as recomputing
	 * tiers.
	 */
	public List<Long> allIds(@Nullable Long providerScope) {
		return repository.allIds(providerScope);
	}

	/** The provider holding each person, in one query. */
	public Map<Long, Long> providersOf(Collection<Long> personIds) {
		return personIds.isEmpty() ? Map.of() : repository.providersOf(personIds);
	}

	/** The people a responsible officer holds now. */
	public List<PersonSummary> caseloadOf(long staffId) {
		return repository.caseloadOf(List.of(staffId));
	}

	/** The people held now by each of these officers, in one query. */
	public List<PersonSummary> caseloadOf(Collection<Long> staffIds) {
		return staffIds.isEmpty() ? List.of() : repository.caseloadOf(staffIds);
	}

	/**
	 * The responsible officer of each person these officers hold now, by person: no names
	 * and no order, for counting workloads (a provider's 30,000 cases in one index scan,
	 * where their summaries needed every person of the country read and sorted).
	 */
	public Map<Long, Long> officersOfCaseloads(Collection<Long> staffIds) {
		return staffIds.isEmpty() ? Map.of() : repository.officersOfCaseloads(staffIds);
	}

	/**
	 * Caseload sizes of every responsible officer of a provider (or all), for
	 * distribution figures.
	 */
	public List<Long> caseloadSizes(@Nullable Long providerScope) {
		return repository.caseloadSizes(providerScope);
	}

	/** Each person's current officer's start date, for "allocated on" columns. */
	public Map<Long, java.time.LocalDate> allocatedOn(Collection<Long> personIds) {
		return personIds.isEmpty() ? Map.of() : repository.allocatedOn(personIds);
	}

}
