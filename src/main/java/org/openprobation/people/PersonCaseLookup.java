package org.openprobation.people;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.openprobation.access.CaseLookup;
import org.openprobation.access.CaseOwner;
import org.openprobation.people.persistence.PersonRepository;
import org.openprobation.shared.Crn;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Who holds a case, for the case-access gate, from the person record. */
@Component
@Transactional(readOnly = true)
class PersonCaseLookup implements CaseLookup {

	private final People people;

	private final PersonRepository repository;

	private final org.openprobation.access.CaseRestrictions restrictions;

	PersonCaseLookup(People people, PersonRepository repository,
			org.openprobation.access.CaseRestrictions restrictions) {
		this.people = people;
		this.repository = repository;
		this.restrictions = restrictions;
	}

	@Override
	public Optional<Found> byCrn(Crn crn) {
		return people.find(crn).map(person -> new Found(person.id(), crn, people.ownerOf(person)));
	}

	@Override
	public Optional<Found> byPersonId(long personId) {
		PersonSummary summary = people.byIds(List.of(personId)).get(personId);
		return summary == null ? Optional.empty() : Crn.parse(summary.crn()).flatMap(this::byCrn);
	}

	@Override
	public java.util.Set<String> hiddenFrom(String username) {
		return repository.hiddenFrom(username).crns();
	}

	@Override
	public Map<Long, Found> readingOwnersOf(Collection<Long> personIds) {
		if (personIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, org.openprobation.access.CaseRestrictions.Lists> named = restrictions.ofPeople(personIds);
		org.openprobation.access.CaseRestrictions.Lists nobody = new org.openprobation.access.CaseRestrictions.Lists(
				java.util.Set.of(), Map.of());
		Map<Long, Found> owners = new HashMap<>();
		repository.readingOwners(personIds).forEach((id, o) -> {
			org.openprobation.access.CaseRestrictions.Lists lists = named.getOrDefault(id, nobody);
			owners.put(id, new Found(id, Crn.parse(o.crn()).orElseThrow(), new CaseOwner(o.providerId(), null, null,
					null, o.restricted(), lists.allowed(), lists.excluded(), o.transferredOut())));
		});
		return owners;
	}

}
