-- A change of responsible officer is any assignment but the person's first, found by looking up that person's first
-- assignment: a provider's changes then cost a look-up per person of the provider (EXPLAIN ANALYZE at national volume:
-- 161 ms for 29,473 people) instead of hashing every assignment in the country (665 ms).
create or replace view reporting.officer_change as
select r.person_id, r.from_date as changed_on, r.reason
from people.responsible_officer r
where r.id <> (select e.id from people.responsible_officer e where e.person_id = r.person_id
               order by e.from_date, e.id limit 1);
