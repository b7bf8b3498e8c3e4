-- Name search matches the start of any name (forename, middle names, surname, alias). Each of these indexes serves
-- one branch of the search, combined with BitmapOr; the ordering index serves lists sorted by name.
create index person_middle_names_idx on people.person (lower(middle_names) text_pattern_ops);
create index alias_forename_idx on people.alias (lower(forename) text_pattern_ops);
create index person_name_order_idx on people.person (lower(surname), lower(forename), crn);
