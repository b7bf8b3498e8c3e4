package org.openprobation.unpaidwork.persistence;

import java.time.LocalDate;

import org.openprobation.unpaidwork.UnpaidWorkBulkLoad;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo unpaid work in SQL, deterministic from the seed: four or five projects in every
 * borough (about 150 across London), their weekly sessions, dated sessions from 8 weeks
 * back to 4 weeks ahead, and for everyone with an unpaid work requirement a weekly
 * booking (never beyond capacity, so some are left unbooked) with the register of the
 * past weeks: attendance, absences and stand-downs by the service, each also a contact.
 */
@Repository
class DemoUnpaidWork implements UnpaidWorkBulkLoad {

	static final int WEEKS_BACK = 8;

	private final JdbcClient jdbc;

	private final UnpaidWorkRepository repository;

	DemoUnpaidWork(JdbcClient jdbc, UnpaidWorkRepository repository) {
		this.jdbc = jdbc;
		this.repository = repository;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public int generate(LocalDate asOf, long seed) {
		String s = String.valueOf(seed);
		jdbc.sql(
				"""
						insert into unpaidwork.project (provider_id, borough_id, name, type, address, beneficiary, involves_children,
						    women_only, accessible)
						select a.provider_id, b.id, b.name || ' ' || k.name, k.type,
						       (10 + abs(hashtext(b.name || k.name || :seed)) % 180) || ' ' || k.street || ', ' || b.name,
						       k.beneficiary, k.children, k.women, k.accessible
						from reporting.borough b
						join reporting.area a on a.id = b.area_id
						cross join (values
						    (1, 'Community Garden', 'OUTDOOR', 'Park Road', 'Friends of the park (volunteer group)', false, false, false),
						    (2, 'Food Bank Warehouse', 'GROUP', 'Station Yard', 'Local food bank charity', false, false, true),
						    (3, 'Community Charity Shop', 'CHARITY_SHOP', 'High Street', 'Hospice charity shop', false, false, true),
						    (4, 'Canal and Green Spaces Clean-up', 'OUTDOOR', 'Towpath Lane', 'Waterways volunteers', false, false, false),
						    (5, 'Youth Centre Redecoration', 'GROUP', 'Church Street', 'Youth club', true, false, true),
						    (6, 'Women''s Community Project', 'INDIVIDUAL_PLACEMENT', 'Market Street', 'Women''s centre', false, true, true)
						) as k(n, name, type, street, beneficiary, children, women, accessible)
						where k.n <= 4 or abs(hashtext(b.name || k.n || :seed)) % 2 = 0
						""")
			.param("seed", s)
			.update();
		jdbc.sql(
				"""
						insert into unpaidwork.weekly_session (project_id, day_of_week, start_time, end_time, supervisor_staff_id,
						    supervisors, capacity)
						select p.id, w.dow, w.starts, w.ends,
						       (select st.id from reporting.staff st join reporting.office o on o.id = st.office_id
						        join reporting.office_borough ob on ob.office_id = o.id and ob.borough_id = p.borough_id
						        where st.grade = 'UNPAID_WORK_SUPERVISOR' order by hashtext(st.code || p.id) limit 1),
						       1, case p.type when 'CHARITY_SHOP' then 4 when 'INDIVIDUAL_PLACEMENT' then 2 else 10 end
						from unpaidwork.project p
						cross join lateral (values
						    (1 + abs(hashtext(p.name || :seed)) % 5, time '09:00', time '16:00'),
						    (6 + abs(hashtext(p.name || 'weekend' || :seed)) % 2, time '09:00', time '16:00')
						) as w(dow, starts, ends)
						where p.type in ('GROUP', 'OUTDOOR') or w.dow <= 5
						""")
			.param("seed", s)
			.update();
		repository.makeSessions(asOf.minusWeeks(WEEKS_BACK), asOf.plusWeeks(4).minusDays(1));
		// inductions: everyone whose unpaid work started more than a week ago has had one
		jdbc.sql("""
				insert into unpaidwork.induction (requirement_id, person_id, inducted_on, recorded_by, recorded_at)
				select r.id, s.person_id, r.start_date + 3, 'Unpaid work team', r.start_date + 3
				from reporting.requirement r join reporting.sentence s on s.id = r.sentence_id and s.status = 'ACTIVE'
				where r.kind = 'UNPAID_WORK' and r.status = 'ACTIVE' and r.start_date < cast(:asOf as date) - 7
				""").param("asOf", asOf).update();
		int bookings = jdbc
			.sql("""
					insert into unpaidwork.booking (session_id, person_id, requirement_id, booked_by, booked_at)
					with demand as (
					    select p.id as person_id, p.gender, r.id as requirement_id, r.start_date, r.end_date, ad.borough_id,
					           abs(hashtext(p.crn || ':upw:' || :seed)) as roll
					    from reporting.requirement r
					    join reporting.sentence se on se.id = r.sentence_id and se.status = 'ACTIVE'
					    join reporting.person p on p.id = se.person_id and p.transferred_out_on is null
					    join reporting.address ad on ad.person_id = p.id and ad.to_date is null and ad.borough_id is not null
					    join unpaidwork.induction i on i.requirement_id = r.id
					    where r.kind = 'UNPAID_WORK' and r.status = 'ACTIVE'
					), chosen as (
					    select d.*, w.id as weekly_session_id
					    from demand d
					    join lateral (select w.id from unpaidwork.weekly_session w
					                  join unpaidwork.project pr on pr.id = w.project_id
					                  where pr.borough_id = d.borough_id and not pr.involves_children
					                    and (not pr.women_only or d.gender = 'FEMALE')
					                  order by hashtext(w.id || ':' || d.roll) limit 1) w on true
					), wanted as (
					    select c.person_id, c.requirement_id, s.id as session_id, s.starts_at, c.roll,
					           row_number() over (partition by s.id order by c.roll) as place, s.capacity
					    from chosen c
					    join unpaidwork.session s on s.weekly_session_id = c.weekly_session_id
					    where s.starts_at::date between greatest(c.start_date + 4, cast(:asOf as date) - 7 * :weeks)
					                                and least(c.end_date, cast(:asOf as date) + 14)
					)
					select session_id, person_id, requirement_id, 'Unpaid work team', starts_at - interval '7 days'
					from wanted where place <= capacity
					""")
			.param("seed", s)
			.param("asOf", asOf)
			.param("weeks", WEEKS_BACK)
			.update();
		// people placed at weekends are mostly in work during the week; some have
		// variable hours
		jdbc.sql(
				"""
						insert into unpaidwork.availability (person_id, day_of_week, from_time, to_time, reason, recorded_by)
						select distinct b.person_id, d, time '08:00', time '18:00',
						       case when abs(hashtext(b.person_id || :seed)) % 5 = 0 then 'ZERO_HOURS_WORK' else 'EMPLOYMENT' end,
						       'Unpaid work team'
						from unpaidwork.booking b
						join unpaidwork.session s on s.id = b.session_id and extract(isodow from s.starts_at) >= 6
						cross join generate_series(1, 5) d
						where abs(hashtext(b.person_id || ':work:' || :seed)) % 10 < 6
						""")
			.param("seed", s)
			.update();
		// the register of the sessions already held
		jdbc.sql(
				"""
						update unpaidwork.booking b set
						    attendance = a.attendance,
						    arrived_at = case when a.attendance = 'ATTENDED' then time '09:00' + make_interval(mins => a.roll % 20) end,
						    left_at = case when a.attendance = 'ATTENDED' then time '16:00' - make_interval(mins => (a.roll / 20) % 40) end,
						    break_minutes = case when a.attendance = 'ATTENDED' then 30 end,
						    minutes_credited = case a.attendance
						        when 'ATTENDED' then 420 - a.roll % 20 - (a.roll / 20) % 40 - 30
						        when 'STOOD_DOWN' then 60 else 0 end,
						    travel_pence = case when a.attendance in ('ATTENDED', 'STOOD_DOWN') and a.roll % 3 = 0 then 300 + a.roll % 1200 end,
						    absence_reason = case a.attendance when 'ACCEPTABLE_ABSENCE' then 'Unwell: GP note'
						        when 'STOOD_DOWN' then case when a.roll % 2 = 0 then 'Site oversubscribed' else 'Supervisor absent' end end,
						    recorded_by = 'Unpaid work supervisor', recorded_at = a.starts_at + interval '7 hours'
						from (select k.id, s.starts_at, abs(hashtext(k.id || ':att:' || :seed)) % 1000 as roll,
						             case when abs(hashtext(k.id || ':att:' || :seed)) % 100 < 81 then 'ATTENDED'
						                  when abs(hashtext(k.id || ':att:' || :seed)) % 100 < 88 then 'ACCEPTABLE_ABSENCE'
						                  when abs(hashtext(k.id || ':att:' || :seed)) % 100 < 94 then 'UNACCEPTABLE_ABSENCE'
						                  else 'STOOD_DOWN' end as attendance
						      from unpaidwork.booking k join unpaidwork.session s on s.id = k.session_id
						      where s.ends_at < cast(:asOf as timestamp)) a
						where a.id = b.id
						""")
			.param("seed", s)
			.param("asOf", asOf)
			.update();
		return bookings;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void generateMessages(LocalDate asOf, long seed) {
		String s = String.valueOf(seed);
		jdbc.sql("""
				update unpaidwork.booking b set contact_id = c.id
				from unpaidwork.session s, reporting.contact c
				where s.id = b.session_id and c.person_id = b.person_id and c.type = 'UNPAID_WORK_SESSION'
				  and c.starts_at = s.starts_at and c.requirement_id = b.requirement_id
				""").update();
		// calls, texts and site problems to the team: most answered within hours, some
		// never
		jdbc.sql(
				"""
						insert into unpaidwork.message (provider_id, person_id, session_id, channel, from_who, body, received_at,
						    logged_by, responded_at, responded_by, response)
						select p.provider_id, b.person_id, b.session_id, m.channel,
						       case when m.channel = 'SITE_PROBLEM' then 'Unpaid work supervisor' else 'The person' end, m.body,
						       s.starts_at - interval '50 minutes', 'Unpaid work team',
						       case when r.answer % 10 <> 0 then s.starts_at - interval '50 minutes' + make_interval(mins => 5 + r.answer % 600) end,
						       case when r.answer % 10 <> 0 then 'Unpaid work team' end,
						       case when r.answer % 10 <> 0 then m.answer end
						from unpaidwork.booking b
						join unpaidwork.session s on s.id = b.session_id and s.starts_at < cast(:asOf as timestamp)
						join reporting.person p on p.id = b.person_id
						cross join lateral (select abs(hashtext(b.id || ':msg:' || :seed)) as roll,
						                         abs(hashtext(b.id || ':answer:' || :seed)) as answer) r
						cross join lateral (values
						    ('CALL', 'Running late: the bus has not come', 'Told to come in; arrival time noted'),
						    ('SITE_PROBLEM', 'Nobody at the meeting point', 'Supervisor sent; group moved to the depot'),
						    ('TEXT', 'Cannot come today: child is ill', 'Asked for evidence; absence to be judged')
						) as m(channel, body, answer)
						where r.roll % 40 = 0 and (r.roll / 40) % 3 = case m.channel when 'CALL' then 0 when 'SITE_PROBLEM' then 1 else 2 end
						""")
			.param("seed", s)
			.param("asOf", asOf)
			.update();
	}

}
