-- RAR days are counted per requirement: without this, every count read the whole year of contacts.
create index contact_requirement_idx on contacts.contact (requirement_id, starts_at) where requirement_id is not null;
