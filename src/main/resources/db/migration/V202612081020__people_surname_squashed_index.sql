-- Searching by name compares surnames as letters only (O'Brien, OBrien and O Brien alike; issue 29): the same
-- expression as the search, so each term's prefix match is read from an index.
create index person_surname_squashed_idx on people.person
    (regexp_replace(lower(surname), '[^[:alpha:]]', '', 'g') text_pattern_ops);
