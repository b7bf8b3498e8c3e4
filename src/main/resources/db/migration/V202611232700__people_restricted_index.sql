-- Lists leave out the cases a user may not see: finding the restricted cases must not read every person.
create index person_restricted_idx on people.person (id) where restricted;
