package org.openprobation.organisation;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A member of staff with where they sit in the organisation, and the day they leave when
 * it is known.
 */
public record StaffMember(long id, String code, String forename, String surname, StaffGrade grade,
		@Nullable Long teamId, @Nullable String teamCode, @Nullable String teamName, long officeId, String officeName,
		long areaId, long providerId, BigDecimal contractedHours, boolean agency,
		@Nullable SpecialistRole specialistRole, @Nullable LocalDate contractEndsOn, @Nullable LocalDate leavesOn) {

	public String name() {
		return forename + " " + surname;
	}

}
