package org.openprobation.organisation;

import java.util.List;
import java.util.Optional;

/** A team of practitioners led by a senior probation officer. */
public record Team(long id, String code, String name, String officeName, String boroughName, long areaId,
		String areaName, long providerId, List<StaffMember> members) {

	public Team {
		members = List.copyOf(members);
	}

	public List<StaffMember> practitioners() {
		return members.stream().filter(m -> m.grade().holdsCases()).toList();
	}

	public Optional<StaffMember> seniorProbationOfficer() {
		return members.stream().filter(m -> m.grade() == StaffGrade.SENIOR_PROBATION_OFFICER).findFirst();
	}

}
