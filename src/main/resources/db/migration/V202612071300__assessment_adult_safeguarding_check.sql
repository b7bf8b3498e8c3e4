-- An adult at risk calls for an adult safeguarding check sent to adult social care (assessment.md, "Safeguarding
-- checks", clarified 2026-12-06), beside the children's social care and police domestic-abuse checks.
alter table assessment.safeguarding_check drop constraint safeguarding_check_kind_check;
alter table assessment.safeguarding_check add constraint safeguarding_check_kind_check
    check (kind in ('CHILDRENS_SOCIAL_CARE', 'POLICE_DOMESTIC_ABUSE', 'ADULT_SOCIAL_CARE'));
