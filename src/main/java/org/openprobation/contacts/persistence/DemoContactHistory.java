package org.openprobation.contacts.persistence;

import java.time.LocalDate;

import org.openprobation.contacts.ContactsBulkLoad;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A year of contact history generated inside PostgreSQL, so 1.5 million rows take
 * seconds. Every choice is a hash of the CRN, the appointment's number and the seed, so
 * the same seed gives the same history. The rates follow the inspection: about a quarter
 * of cases have gaps of weeks; most appointments are kept; some absences are acceptable,
 * some not; the service cancels a few.
 */
@Repository
class DemoContactHistory implements ContactsBulkLoad {

	private final JdbcClient jdbc;

	DemoContactHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public long generateHistory(LocalDate asOf, long seed) {
		long appointments = jdbc
			.sql("""
					insert into contacts.contact (person_id, staff_id, type, starts_at, ends_at, location, requirement_id, rar,
					    outcome, outcome_reason, outcome_evidence, outcome_recorded_by, outcome_recorded_at, booked_by, booked_at)
					with cases as (
					    select p.id as person_id, p.crn, ro.staff_id, s.kind, s.start_date,
					           coalesce(left(t.tier, 1), 'C') as letter,
					           row_number() over (partition by ro.staff_id order by p.id) - 1 as slot,
					           (select r.id from reporting.requirement r where r.sentence_id = s.id
					              and r.kind = 'REHABILITATION_ACTIVITY' and r.status = 'ACTIVE' limit 1) as rar_id,
					           abs(hashtext(p.crn || ':' || :seed)) % 100 as gappy
					    from reporting.person p
					    join reporting.responsible_officer ro on ro.person_id = p.id and ro.to_date is null
					    join lateral (select * from reporting.sentence s where s.person_id = p.id and s.status = 'ACTIVE'
					                  order by s.expected_end_date desc, s.id desc limit 1) s on true
					    left join reporting.tier t on t.person_id = p.id
					    where s.kind <> 'PRE_RELEASE'
					), planned as (
					    select c.*, n,
					           (greatest(c.start_date, cast(:asOf as date) - 365)
					              + n * case c.letter when 'A' then 7 when 'B' then 7 when 'D' then 28 else 14 end) as day,
					           abs(hashtext(c.crn || ':' || n || ':' || :seed)) % 100 as roll
					    from cases c, generate_series(0, 60) n
					), kept as (
					    select p.*,
					           -- weekends move to the Monday; the slot keeps one officer's people apart
					           (p.day + case extract(isodow from p.day) when 6 then 2 when 7 then 1 else 0 end
					              + make_interval(hours => 9) + make_interval(mins => cast(30 * (p.slot % 16) as integer))) as starts
					    from planned p
					    where p.day <= cast(:asOf as date) + 14
					      and not (p.gappy < 25 and p.roll % 3 = 0)
					)
					select person_id, staff_id,
					       case when rar_id is not null and n % 2 = 1 then 'INTERVENTION_SESSION'
					            when n % 6 = 5 then 'HOME_VISIT' when roll % 10 = 0 then 'VIDEO_APPOINTMENT'
					            else 'OFFICE_APPOINTMENT' end,
					       starts, starts + interval '45 minutes',
					       case when n % 6 = 5 then 'Home address' else 'Probation office' end,
					       case when rar_id is not null and n % 2 = 1 then rar_id end,
					       rar_id is not null and n % 2 = 1,
					       o.outcome,
					       case when o.outcome = 'FAILED_TO_ATTEND_ACCEPTABLE' then 'Illness' end,
					       case when o.outcome = 'FAILED_TO_ATTEND_ACCEPTABLE' then 'Doctor''s note seen' end,
					       case when o.outcome is not null then 'Responsible officer' end,
					       case when o.outcome is not null then starts + interval '2 hours' end,
					       'Responsible officer', starts - interval '14 days'
					from kept,
					lateral (select case
					    when kept.starts > cast(:asOf as timestamp) then null
					    when kept.starts > cast(:asOf as timestamp) - interval '3 days' and kept.roll % 3 = 0 then null
					    when kept.roll < 78 then 'ATTENDED_COMPLIED'
					    when kept.roll < 82 then 'ATTENDED_FAILED_TO_COMPLY'
					    when kept.roll < 88 then 'FAILED_TO_ATTEND_ACCEPTABLE'
					    when kept.roll < 93 then 'FAILED_TO_ATTEND_UNACCEPTABLE'
					    when kept.roll < 96 then 'RESCHEDULED'
					    else 'CANCELLED_BY_SERVICE' end as outcome) o
					""")
			.param("asOf", asOf)
			.param("seed", String.valueOf(seed))
			.update();
		long calls = jdbc.sql("""
				insert into contacts.contact (person_id, staff_id, type, starts_at, ends_at, location, outcome,
				    outcome_recorded_by, outcome_recorded_at, booked_by, booked_at)
				select ro.person_id, ro.staff_id, 'TELEPHONE',
				       d + make_interval(hours => 16) + make_interval(mins => 15 * (abs(hashtext(p.crn)) % 4)),
				       d + make_interval(hours => 16) + make_interval(mins => 15 * (abs(hashtext(p.crn)) % 4) + 10),
				       null, 'ATTENDED_COMPLIED', 'Responsible officer',
				       d + make_interval(hours => 17), 'Responsible officer', d + make_interval(hours => 16)
				from reporting.responsible_officer ro
				join reporting.person p on p.id = ro.person_id
				cross join lateral generate_series(cast(:asOf as date) - 360 + abs(hashtext(p.crn || :seed)) % 8,
				                                   cast(:asOf as date) - 1, interval '8 days') d
				where ro.to_date is null and extract(isodow from d) < 6
				""").param("asOf", asOf).param("seed", String.valueOf(seed)).update();
		// the last 8 weeks of unpaid work are the register's (unpaid work module)
		long unpaidWork = jdbc.sql("""
				insert into contacts.contact (person_id, type, starts_at, ends_at, location, requirement_id, outcome,
				    outcome_recorded_by, outcome_recorded_at, booked_by, booked_at)
				select s.person_id, 'UNPAID_WORK_SESSION', d + interval '9 hours', d + interval '16 hours',
				       'Unpaid work project', r.id,
				       case when abs(hashtext(r.id || ':' || d || :seed)) % 100 < 85 then 'ATTENDED_COMPLIED'
				            when abs(hashtext(r.id || ':' || d || :seed)) % 100 < 93 then 'FAILED_TO_ATTEND_ACCEPTABLE'
				            else 'FAILED_TO_ATTEND_UNACCEPTABLE' end,
				       'Unpaid work supervisor', d + interval '17 hours', 'Unpaid work team', d - interval '7 days'
				from reporting.requirement r
				join reporting.sentence s on s.id = r.sentence_id and s.status = 'ACTIVE'
				cross join lateral generate_series(greatest(r.start_date, cast(:asOf as date) - 364),
				                                   least(r.end_date, cast(:asOf as date) - 57), interval '7 days') d
				where r.kind = 'UNPAID_WORK' and r.status = 'ACTIVE'
				""").param("asOf", asOf).param("seed", String.valueOf(seed)).update();
		// drug rehabilitation: a test every fortnight and a court review every four
		// weeks, for the last 16
		// weeks and the next fortnight; treatment (alcohol, mental health): an
		// appointment with the treatment
		// provider every fortnight. Before the office's appointments, so they do not
		// clash with them.
		long treatment = jdbc.sql("""
				insert into contacts.contact (person_id, type, starts_at, ends_at, location, requirement_id, outcome,
				    outcome_reason, outcome_evidence, outcome_recorded_by, outcome_recorded_at, test_result, substances,
				    booked_by, booked_at)
				with due as (
				    select s.person_id, r.id as requirement_id, r.kind, d::date as day, n,
				           abs(hashtext(r.id || ':' || n || :seed)) % 100 as roll
				    from reporting.requirement r
				    join reporting.sentence s on s.id = r.sentence_id and s.status = 'ACTIVE'
				    cross join lateral generate_series(greatest(r.start_date + 7, cast(:asOf as date) - 112),
				                                       least(r.end_date, cast(:asOf as date) + 14), interval '14 days')
				        with ordinality g(d, n)
				    where r.status = 'ACTIVE'
				      and r.kind in ('DRUG_REHABILITATION', 'ALCOHOL_TREATMENT', 'MENTAL_HEALTH_TREATMENT')
				), contacts as (
				    select due.*, t.type,
				           due.day + case extract(isodow from due.day) when 6 then 2 when 7 then 1 else 0 end
				             + case t.type when 'COURT_REVIEW' then interval '8 hours 25 minutes'
				                           else interval '8 hours' end as starts
				    from due
				    cross join lateral (values (case kind when 'DRUG_REHABILITATION' then 'DRUG_TEST'
				                                          else 'OTHER_AGENCY_APPOINTMENT' end),
				                               (case when kind = 'DRUG_REHABILITATION' and n % 2 = 0
				                                     then 'COURT_REVIEW' end)) t(type)
				    where t.type is not null
				), judged as (
				    select c.*,
				           case when c.starts > cast(:asOf as timestamp) then null
				                when c.roll < 88 or c.type = 'COURT_REVIEW' and c.roll < 95 then 'ATTENDED_COMPLIED'
				                when c.type = 'DRUG_TEST' and c.roll < 92 then 'ATTENDED_FAILED_TO_COMPLY'
				                when c.roll < 96 then 'FAILED_TO_ATTEND_ACCEPTABLE'
				                else 'FAILED_TO_ATTEND_UNACCEPTABLE' end as outcome
				    from contacts c
				)
				select person_id, type, starts,
				       starts + case type when 'COURT_REVIEW' then interval '30 minutes' else interval '20 minutes' end,
				       case type when 'DRUG_TEST' then 'Drug service' when 'COURT_REVIEW' then 'Crown Court'
				                 else 'Treatment provider' end,
				       requirement_id, outcome,
				       case when outcome = 'FAILED_TO_ATTEND_ACCEPTABLE' then 'Illness' end,
				       case when outcome = 'FAILED_TO_ATTEND_ACCEPTABLE' then 'Doctor''s note seen' end,
				       case when outcome is not null then 'Responsible officer' end,
				       case when outcome is not null then starts + interval '2 hours' end,
				       case when type <> 'DRUG_TEST' or outcome is null or outcome like 'FAILED_TO_ATTEND%' then null
				            when outcome = 'ATTENDED_FAILED_TO_COMPLY' then 'NOT_PROVIDED'
				            when roll < 58 then 'NEGATIVE' else 'POSITIVE' end,
				       case when type = 'DRUG_TEST' and outcome = 'ATTENDED_COMPLIED' and roll >= 58
				            then (array['Opiates', 'Cocaine', 'Cannabis', 'Opiates, cocaine'])[1 + roll % 4] end,
				       'Responsible officer', starts - interval '14 days'
				from judged
				""").param("asOf", asOf).param("seed", String.valueOf(seed)).update();
		// the history is laid out from today's officer: a contact from before they were
		// allocated belongs to the officer who held the case that day, or to nobody
		jdbc.sql("""
				update contacts.contact c
				set staff_id = (select ro.staff_id from reporting.responsible_officer ro
				                where ro.person_id = c.person_id and ro.from_date <= c.starts_at::date
				                  and (ro.to_date is null or ro.to_date >= c.starts_at::date)
				                order by ro.from_date desc limit 1)
				from reporting.responsible_officer current
				where current.person_id = c.person_id and current.to_date is null and c.staff_id = current.staff_id
				  and c.starts_at::date < current.from_date
				""").update();
		return appointments + calls + unpaidWork + treatment;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public int recordUnpaidWorkSessions() {
		return jdbc.sql("""
				insert into contacts.contact (person_id, type, starts_at, ends_at, location, requirement_id, outcome,
				    outcome_reason, outcome_evidence, outcome_recorded_by, outcome_recorded_at, booked_by, booked_at)
				select b.person_id, 'UNPAID_WORK_SESSION', b.starts_at, b.ends_at, b.project, b.requirement_id,
				       case b.attendance when 'ATTENDED' then 'ATTENDED_COMPLIED'
				            when 'ACCEPTABLE_ABSENCE' then 'FAILED_TO_ATTEND_ACCEPTABLE'
				            when 'UNACCEPTABLE_ABSENCE' then 'FAILED_TO_ATTEND_UNACCEPTABLE'
				            when 'STOOD_DOWN' then 'CANCELLED_BY_SERVICE' end,
				       case when b.attendance = 'ACCEPTABLE_ABSENCE' then b.absence_reason end,
				       case when b.attendance = 'ACCEPTABLE_ABSENCE' then 'GP note seen' end,
				       b.recorded_by, b.recorded_at, b.booked_by, b.booked_at
				from reporting.unpaid_work_booking b
				""").update();
	}

}
