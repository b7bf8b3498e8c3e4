package org.openprobation;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An office appointment two days ago whose outcome nobody has recorded, made for a test
 * on one of a user's cases: the demo data leaves only a few (the last three days' as at
 * its date), and tests that record outcomes would otherwise compete for them.
 */
public final class PastAppointments {

	private PastAppointments() {
	}

	/** The appointment made, on a case the user is the responsible officer of. */
	public record Made(String crn, long contactId) {
	}

	/**
	 * Makes one for the {@code offset}-th case (by CRN) of the user supervised in the
	 * community for a week or more (not in custody), at 10:00 two days before the
	 * application's today.
	 */
	public static Made withoutOutcome(JdbcClient jdbc, Clock clock, String username, int offset) {
		String crn = jdbc.sql("""
				select p.crn from people.person p
				join people.responsible_officer ro on ro.person_id = p.id and ro.to_date is null
				join access.app_user u on u.staff_id = ro.staff_id and u.username = :username
				where not p.restricted and p.transferred_out_on is null
				  and exists (select 1 from sentences.sentence s where s.person_id = p.id and s.status = 'ACTIVE'
				              and s.start_date <= :today - 7 and s.kind <> 'PRE_RELEASE')
				  and not exists (select 1 from sentences.sentence s where s.person_id = p.id and s.status = 'ACTIVE'
				                  and s.kind = 'PRE_RELEASE')
				order by p.crn offset :offset limit 1""")
			.param("username", username)
			.param("today", LocalDate.now(clock))
			.param("offset", offset)
			.query(String.class)
			.single()
			.trim();
		java.time.LocalDateTime start = LocalDate.now(clock).minusDays(2).atTime(10, 0);
		long contactId = jdbc.sql("""
				insert into contacts.contact (person_id, staff_id, type, starts_at, ends_at, location, booked_by)
				select p.id, ro.staff_id, 'OFFICE_APPOINTMENT', :start, :end, 'Probation office', 'test'
				from people.person p join people.responsible_officer ro on ro.person_id = p.id and ro.to_date is null
				where p.crn = :crn
				returning id""")
			.param("start", start)
			.param("end", start.plusHours(1))
			.param("crn", crn)
			.query(Long.class)
			.single();
		return new Made(crn, contactId);
	}

}
