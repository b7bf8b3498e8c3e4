-- Searches, lists and exports record which cases they showed: one audit row for the
-- list, with the CRNs it showed, so "who saw X123456" finds lists as well as case pages.
alter table access.audit_event add column shown_crns text[];

create index audit_event_shown_crns_idx on access.audit_event using gin (shown_crns) where shown_crns is not null;
