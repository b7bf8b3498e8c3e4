package org.openprobation.interventions.persistence;

import java.time.LocalDate;

import org.openprobation.interventions.InterventionsBulkLoad;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo data in SQL: the directory for every area, and a year of referrals at plausible
 * rates (waiting lists, rejections, withdrawals, completions), deterministic from the
 * seed.
 */
@Repository
class DemoInterventions implements InterventionsBulkLoad {

	private final JdbcClient jdbc;

	DemoInterventions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public int generateDirectory(long seed) {
		int services = jdbc
			.sql("""
					insert into interventions.service (provider_id, name, need, deliverer, accredited, sessions, highest_rosh,
					    gender, price_pence, capacity, waiting_weeks)
					select p.id, n.name || ' (' || a.name || ')', n.need, n.deliverer, n.accredited, n.sessions,
					       case when n.need = 'DOMESTIC_ABUSE' then 'HIGH' else 'VERY_HIGH' end,
					       case when n.need = 'WOMENS_SERVICES' then 'WOMEN' else 'ANY' end,
					       n.price + abs(hashtext(a.code || n.name || :seed)) % 5000,
					       8 + abs(hashtext(a.code || n.name || :seed)) % 40,
					       abs(hashtext(n.name || a.code || :seed)) % 14
					from reporting.area a
					join reporting.provider p on p.id = a.provider_id
					cross join (values
					    ('Housing advice and tenancy support', 'ACCOMMODATION', 'Partner charity', false, null::int, 45000),
					    ('Employment and skills coaching', 'EDUCATION_TRAINING_EMPLOYMENT', 'Partner charity', false, null, 60000),
					    ('Debt and benefits advice', 'FINANCE', 'Citizens advice partner', false, null, 25000),
					    ('Family relationships service', 'RELATIONSHIPS', 'Partner charity', false, 8, 40000),
					    ('Mentoring through the gate', 'LIFESTYLE', 'Peer mentors', false, null, 30000),
					    ('Drug treatment liaison', 'DRUGS', 'NHS substance misuse service', false, null, 50000),
					    ('Alcohol brief intervention', 'ALCOHOL', 'NHS substance misuse service', false, 6, 20000),
					    ('Thinking Skills Programme', 'THINKING_AND_BEHAVIOUR', 'Provider programmes team', true, 19, 120000),
					    ('Attitudes to offending group', 'ATTITUDES', 'Provider programmes team', false, 10, 70000),
					    ('Emotional wellbeing service', 'EMOTIONAL_WELLBEING', 'Mental health partner', false, 12, 55000),
					    ('Women''s centre', 'WOMENS_SERVICES', 'Women''s centre partner', false, null, 65000),
					    ('Building Better Relationships', 'DOMESTIC_ABUSE', 'Provider programmes team', true, 24, 150000)
					) as n(name, need, deliverer, accredited, sessions, price)
					""")
			.param("seed", String.valueOf(seed))
			.update();
		jdbc.sql("""
				insert into interventions.service_borough (service_id, borough_id)
				select s.id, b.id from interventions.service s
				join reporting.area a on s.name like '%(' || a.name || ')'
				join reporting.borough b on b.area_id = a.id
				""").update();
		return services;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public int generateReferrals(LocalDate asOf, long seed) {
		int referrals = jdbc
			.sql("""
					insert into interventions.referral (service_id, person_id, requirement_id, rar, reason, status, sent_on,
					    accepted_on, started_on, ended_on, status_reason, outcome, referred_by, updated_by)
					with cases as (
					    select p.id as person_id, p.crn, p.gender, ad.borough_id, s.start_date,
					           (select r.id from reporting.requirement r where r.sentence_id = s.id
					              and r.kind = 'REHABILITATION_ACTIVITY' and r.status = 'ACTIVE' limit 1) as rar_id,
					           abs(hashtext(p.crn || ':referral:' || :seed)) % 100 as roll,
					           abs(hashtext(p.crn || ':status:' || :seed)) % 100 as status_roll,
					           cast(:asOf as date) - abs(hashtext(p.crn || ':sent:' || :seed)) % 330 as sent
					    from reporting.person p
					    join lateral (select * from reporting.sentence s where s.person_id = p.id and s.status = 'ACTIVE'
					                  and s.kind <> 'PRE_RELEASE' order by s.expected_end_date desc, s.id desc limit 1) s on true
					    join reporting.address ad on ad.person_id = p.id and ad.to_date is null and ad.borough_id is not null
					    where p.transferred_out_on is null
					), chosen as (
					    select c.*, sv.id as service_id, sv.accredited,
					           case when c.rar_id is not null then greatest(c.start_date, cast(:asOf as date) - 365)
					                else greatest(c.sent, c.start_date) end as sent_on
					    from cases c
					    join lateral (select sv.id, sv.accredited from interventions.service sv
					                  join interventions.service_borough sb on sb.service_id = sv.id and sb.borough_id = c.borough_id
					                  where sv.need <> 'DOMESTIC_ABUSE' and (sv.gender = 'ANY' or c.gender = 'FEMALE')
					                    and (c.rar_id is null or not sv.accredited)
					                  order by hashtext(sv.name || c.crn || :seed) limit 1) sv on true
					    where c.rar_id is not null or c.roll < 35
					), staged as (
					    select ch.*, cast(:asOf as date) - ch.sent_on as age,
					           case
					             when ch.rar_id is not null then 'STARTED'
					             when cast(:asOf as date) - ch.sent_on < 10 then 'SENT'
					             when ch.status_roll < 10 then 'REJECTED'
					             when ch.accredited or cast(:asOf as date) - ch.sent_on < 60 then
					                  case when ch.status_roll < 65 then 'ACCEPTED' else 'STARTED' end
					             when ch.status_roll < 25 then 'WITHDRAWN'
					             when ch.status_roll < 70 then 'COMPLETED'
					             when ch.status_roll < 80 then 'ACCEPTED'
					             else 'STARTED' end as status
					    from chosen ch
					)
					select service_id, person_id, rar_id, rar_id is not null,
					       case when rar_id is not null then 'Rehabilitation activity days: structured sessions'
					            else 'Needs identified in the assessment' end,
					       status, sent_on,
					       case when rar_id is not null then sent_on
					            when status in ('ACCEPTED', 'STARTED', 'COMPLETED', 'WITHDRAWN') then sent_on + 5 end,
					       case when rar_id is not null then sent_on
					            when status in ('STARTED', 'COMPLETED', 'WITHDRAWN') then least(sent_on + 21, cast(:asOf as date) - 1) end,
					       case when status = 'REJECTED' then sent_on + 7
					            when status in ('COMPLETED', 'WITHDRAWN') then least(sent_on + 21 + 56, cast(:asOf as date) - 1) end,
					       case when status = 'REJECTED' then 'No places for people outside the service''s criteria'
					            when status = 'WITHDRAWN' then 'Stopped attending; returned to the officer' end,
					       case when status = 'COMPLETED' then 'Completed the sessions agreed' end,
					       'Responsible officer', 'Responsible officer'
					from staged
					""")
			.param("asOf", asOf)
			.param("seed", String.valueOf(seed))
			.update();
		jdbc.sql("""
				insert into interventions.referral_session (referral_id, contact_id)
				select r.id, c.id from interventions.referral r
				join reporting.contact c on c.person_id = r.person_id and c.requirement_id = r.requirement_id
				     and c.type = 'INTERVENTION_SESSION'
				where r.rar
				""").update();
		return referrals;
	}

}
