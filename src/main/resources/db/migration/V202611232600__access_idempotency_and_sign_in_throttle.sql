-- A retried API call with the same Idempotency-Key answers what the first call answered and changes nothing more.
create table access.idempotent_request (
    username     text not null,
    key          text not null,
    method       text not null,
    path         text not null,
    status       integer,
    content_type text,
    body         bytea,
    location     text,
    created_at   timestamptz not null default now(),
    primary key (username, key)
);
create index idempotent_request_created_idx on access.idempotent_request (created_at);

-- Failed sign-ins, so that repeated guessing of a user's password is slowed on every instance.
create table access.sign_in_failure (
    username   text not null,
    failed_at  timestamptz not null default now()
);
create index sign_in_failure_idx on access.sign_in_failure (lower(username), failed_at);
