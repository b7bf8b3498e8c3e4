package org.openprobation.enforcement.persistence;

import java.time.LocalDate;

import org.openprobation.enforcement.EnforcementBulkLoad;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enforcement history generated inside PostgreSQL from the demo's contacts: most failures
 * more than a week old were acted on (a person's first with a warning, later ones with
 * breach, or recall on a licence); about one breach pack in four was returned for
 * correction; the rest are left for the officer, as the inspection found.
 */
@Repository
class DemoEnforcementHistory implements EnforcementBulkLoad {

	private final JdbcClient jdbc;

	DemoEnforcementHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public long generateHistory(LocalDate asOf, long seed) {
		return jdbc
			.sql("""
					insert into enforcement.action (person_id, contact_id, kind, state, reasons, letter, created_on, created_by,
					    countersigned_on, countersigned_by, submitted_on, returned_on, returned_reason, times_returned,
					    decided_on, outcome, decision, warrant_issued_on, warrant_detail, warrant_executed_on, failure_on)
					select f.person_id, f.id,
					       case when f.n = 1 then 'WARNING' when f.kind = 'LICENCE' then 'RECALL' else 'BREACH' end,
					       case when f.n = 1 then 'ISSUED' when f.day < cast(:asOf as date) - 40 then 'DECIDED' else 'SUBMITTED' end,
					       case when f.n = 1 then 'Warning for a failure on ' || f.day else 'Further failure after a warning' end,
					       case when f.n = 1 then 'Warning letter sent on ' || (f.day + 2) end,
					       f.day + 1 + f.roll % 3, 'Responsible officer',
					       case when f.n > 1 then f.day + 3 end, case when f.n > 1 then 'Senior probation officer' end,
					       -- most are submitted within the 10 working days; one in five is late
					       case when f.n > 1 then least(cast(:asOf as date),
					            f.day + 5 + case when f.roll % 5 = 0 then 10 + f.roll % 15 else f.roll % 8 end) end,
					       case when f.n > 1 and f.roll % 4 = 0 then least(cast(:asOf as date),
					            f.day + 12 + case when f.roll % 5 = 0 then 20 else 0 end) end,
					       case when f.n > 1 and f.roll % 4 = 0 then 'Chronology incomplete' end,
					       case when f.n > 1 and f.roll % 4 = 0 then 1 else 0 end,
					       case when f.n > 1 and f.day < cast(:asOf as date) - 40 then f.day + 35 end,
					       case when f.n > 1 and f.day < cast(:asOf as date) - 40 then
					            case when f.kind = 'LICENCE' then 'Recalled: standard recall' when f.roll % 3 = 0 then 'Revoked and resentenced'
					                 else 'Order continued' end end,
					       case when f.n > 1 and f.day < cast(:asOf as date) - 40 then
					            case when f.kind = 'LICENCE' then 'RECALLED_STANDARD' when f.roll % 3 = 0 then 'REVOKED_RESENTENCED'
					                 else 'ORDER_CONTINUED' end end,
					       -- a few did not surrender: a warrant, most since executed
					       case when f.n > 1 and f.roll % 20 = 7 and f.day < cast(:asOf as date) - 21 then f.day + 20 end,
					       case when f.n > 1 and f.roll % 20 = 7 and f.day < cast(:asOf as date) - 21 then
					            case when f.kind = 'LICENCE' then 'Unlawfully at large after recall; police notified'
					                 else 'Failed to appear at the magistrates'' court; not backed for bail' end end,
					       case when f.n > 1 and f.roll % 20 = 7 and f.roll % 3 <> 0 and f.day < cast(:asOf as date) - 35 then f.day + 34 end,
					       f.day
					from (
					    select c.id, c.person_id, c.starts_at::date as day, s.kind,
					           row_number() over (partition by c.person_id order by c.starts_at) as n,
					           abs(hashtext(c.id || ':' || :seed)) % 100 as roll
					    from reporting.contact c
					    join lateral (select kind from reporting.sentence s where s.person_id = c.person_id and s.status = 'ACTIVE'
					                  order by s.expected_end_date desc limit 1) s on true
					    where c.outcome in ('ATTENDED_FAILED_TO_COMPLY', 'FAILED_TO_ATTEND_UNACCEPTABLE')
					      and c.starts_at < cast(:asOf as date) - 7
					) f
					where f.roll < 85 and f.kind <> 'PRE_RELEASE'
					""")
			.param("asOf", asOf)
			.param("seed", String.valueOf(seed))
			.update();
	}

}
