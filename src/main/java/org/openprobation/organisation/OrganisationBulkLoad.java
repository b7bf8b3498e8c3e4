package org.openprobation.organisation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Loads a whole organisation at once (the demo generator), with explicit ids, by COPY.
 */
public interface OrganisationBulkLoad {

	void load(Snapshot snapshot);

	/**
	 * Staff's declared characteristics, funded posts and performance plans (after
	 * {@link #load}).
	 */
	void loadWorkforce(Workforce workforce);

	record Workforce(List<StaffProfile> profiles, List<Posts> establishment, List<PerformancePlan> plans) {
	}

	record StaffProfile(long staffId, String gender, @Nullable String ethnicity, String disability,
			@Nullable String religion, LocalDate dateOfBirth) {
	}

	record Posts(long teamId, StaffGrade grade, int posts) {
	}

	record PerformancePlan(long staffId, LocalDate startedOn, @Nullable LocalDate endedOn, @Nullable String outcome) {
	}

	record Snapshot(List<Provider> providers, List<Area> areas, List<Borough> boroughs, List<Office> offices,
			List<OfficeCoverage> coverage, List<TeamRow> teams, List<Staff> staff, List<Training> training) {
	}

	record Provider(long id, String code, String name, ProviderType type) {
	}

	record Area(long id, long providerId, String code, String name) {
	}

	record Borough(long id, long areaId, String code, String name, boolean innerLondon) {
	}

	record Office(long id, long boroughId, String code, String name, String address) {
	}

	record OfficeCoverage(long officeId, long boroughId) {
	}

	record TeamRow(long id, long officeId, String code, String name) {
	}

	record Staff(long id, String code, String forename, String surname, StaffGrade grade, long officeId,
			@Nullable Long teamId, BigDecimal contractedHours, boolean agency, @Nullable SpecialistRole specialistRole,
			LocalDate startDate, @Nullable LocalDate contractEndsOn) {
	}

	record Training(long staffId, String course, LocalDate completedOn, @Nullable LocalDate expiresOn) {
	}

}
