-- Practice examples in an inspection report are the inspector's explicit choice: an answer's
-- note is published (anonymised) only when its inspector marked it as an example.
alter table inspection.answer add column practice_example boolean not null default false;
