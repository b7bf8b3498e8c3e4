-- Warrants (a person who does not surrender, or is unlawfully at large after recall) and structured decisions.
alter table enforcement.action add column decision text
    check (decision in ('ORDER_CONTINUED', 'MORE_ONEROUS', 'REVOKED_RESENTENCED', 'CUSTODY_ACTIVATED',
                        'RECALLED_STANDARD', 'RECALLED_FIXED_TERM', 'RECALL_NOT_MADE'));
alter table enforcement.action add column warrant_issued_on date;
alter table enforcement.action add column warrant_detail text;
alter table enforcement.action add column warrant_executed_on date;
alter table enforcement.action add check (warrant_executed_on is null or warrant_issued_on is not null);
create index action_warrant_idx on enforcement.action (person_id)
    where warrant_issued_on is not null and warrant_executed_on is null;
