-- Management information reads these views, never the sentences tables themselves.
create schema if not exists reporting;

create view reporting.person_under_supervision as
select p.id as person_id, p.provider_id, count(*) as active_sentences
from people.person p
join sentences.sentence s on s.person_id = p.id and s.status = 'ACTIVE'
group by p.id, p.provider_id;
