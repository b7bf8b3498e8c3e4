-- An idempotency key reused for the same method and path but another body is a different
-- request (422), not a retry: the first body's SHA-256 is kept to tell them apart.
alter table access.idempotent_request add column body_digest text;
