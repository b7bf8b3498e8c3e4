package org.openprobation.allocation;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.openprobation.allocation.persistence.AllocationRepository;
import org.openprobation.people.ResponsibleOfficers;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Service
class DemoAllocationQueue implements AllocationBulkLoad {

	private final AllocationRepository repository;

	private final ResponsibleOfficers officers;

	DemoAllocationQueue(AllocationRepository repository, ResponsibleOfficers officers) {
		this.repository = repository;
		this.officers = officers;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public int queueRecentCases(int perTeam, LocalDate asOf) {
		List<AllocationRepository.RecentCase> recent = repository.recentCases(perTeam, asOf);
		Set<Long> unallocated = new HashSet<>(
				officers.leaveUnallocated(recent.stream().map(AllocationRepository.RecentCase::personId).toList()));
		int queued = 0;
		for (AllocationRepository.RecentCase c : recent) {
			if (unallocated.contains(c.personId())) {
				repository.enqueue(c.personId(), c.teamId(), c.reason(), c.since());
				queued++;
			}
		}
		return queued;
	}

}
