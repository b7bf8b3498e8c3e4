package org.openprobation.organisation;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A member of staff with where they sit in the organisation. */
public record StaffMember(long id, String code, String forename, String surname, StaffGrade grade,
		@Nullable Long teamId, @Nullable String teamCode, @Nullable String teamName, long officeId, String officeName,
		long areaId, long providerId, BigDecimal contractedHours, boolean agency,
		@Nullable SpecialistRole specialistRole, @Nullable LocalDate contractEndsOn) {

	public String name() {
		return forename + " " + surname;
	}

}
