-- The sex for scoring (assessment.md, "OGRS3"): the published models are male and female only, so for a person whose
-- recorded gender is neither, the record says which of the two models applies and why; without it OGRS3 is not
-- calculated (never scored silently as male).
create table assessment.scoring_sex (
    person_id    bigint primary key references people.person (id) on delete cascade,
    sex          text not null check (sex in ('MALE', 'FEMALE')),
    reason       text not null check (length(reason) between 1 and 1000),
    recorded_by  text not null,
    recorded_at  timestamptz not null,
    version      integer not null default 0
);

do $$
begin
    if exists (select 1 from pg_roles where rolname = 'openprobation_app') then
        grant select, insert, update, delete on assessment.scoring_sex to openprobation_app;
    end if;
end $$;
