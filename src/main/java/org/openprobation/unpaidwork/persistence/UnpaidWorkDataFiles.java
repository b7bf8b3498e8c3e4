package org.openprobation.unpaidwork.persistence;

import java.util.List;

import org.openprobation.shared.ProviderDataFiles;

import org.springframework.stereotype.Component;

/**
 * Unpaid work's part of a provider's export: projects, sessions, bookings with
 * attendance, inductions, availability, waiting lists and messages.
 */
@Component
class UnpaidWorkDataFiles implements ProviderDataFiles {

	@Override
	public List<DataFile> files() {
		return List.of(
				new DataFile("project.csv", 1000,
						"select t.* from unpaidwork.project t where t.provider_id = :provider order by t.id"),
				new DataFile("weekly_session.csv", 1005,
						"select t.* from unpaidwork.weekly_session t where t.project_id in (select id from unpaidwork.project where provider_id = :provider) order by t.id"),
				new DataFile("session.csv", 1010,
						"select t.* from unpaidwork.session t where t.project_id in (select id from unpaidwork.project where provider_id = :provider) order by t.id"),
				new DataFile("booking.csv", 1020,
						"select t.* from unpaidwork.booking t where t.person_id in " + PEOPLE + " order by t.id"),
				new DataFile("attendance_correction.csv", 1025,
						"select t.* from unpaidwork.attendance_correction t where t.booking_id in (select id from unpaidwork.booking where person_id in "
								+ PEOPLE + ") order by t.id"),
				new DataFile("induction.csv", 1030,
						"select t.* from unpaidwork.induction t where t.person_id in " + PEOPLE
								+ " order by t.requirement_id"),
				new DataFile("availability.csv", 1040,
						"select t.* from unpaidwork.availability t where t.person_id in " + PEOPLE + " order by t.id"),
				new DataFile("waiting.csv", 1050,
						"select t.* from unpaidwork.waiting t where t.person_id in " + PEOPLE
								+ " order by t.session_id, t.person_id"),
				new DataFile("message.csv", 1060,
						"select t.* from unpaidwork.message t where t.provider_id = :provider and (t.person_id is null or t.person_id in "
								+ PEOPLE + ") order by t.id"));
	}

}
