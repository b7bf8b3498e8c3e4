package org.openprobation.people;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.openprobation.people.persistence.ResponsibleOfficerRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes who supervises a person. Access checks and auditing belong to the calling use
 * case, whose transaction these join.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class ResponsibleOfficers {

	private final ResponsibleOfficerRepository repository;

	ResponsibleOfficers(ResponsibleOfficerRepository repository) {
		this.repository = repository;
	}

	/**
	 * Makes a practitioner the responsible officer from a date, ending the current
	 * officer's period (a change of officer) with the reason.
	 */
	public void assign(long personId, long staffId, LocalDate from, String reason) {
		repository.endCurrent(personId, from);
		repository.start(personId, staffId, from, reason);
	}

	/**
	 * Supervision passed to another provider: the current officer's period ends and the
	 * person leaves this provider's caseload, keeping the record and its history.
	 */
	public void transferOut(long personId, LocalDate on, String transferredTo) {
		repository.endCurrent(personId, on);
		repository.markTransferredOut(personId, on, transferredTo);
	}

	/**
	 * For the demo data: these cases were never allocated, so their only officer row is
	 * removed; returns the people actually left unallocated.
	 */
	public List<Long> leaveUnallocated(Collection<Long> personIds) {
		return repository.removeOnlyOfficer(personIds);
	}

}
