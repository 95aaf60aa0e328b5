-- Failed sign-ins, one row per user name and one per network address, shared by every server: after a
-- few failures in a row the next attempt waits until blocked_until, each further failure doubling the
-- wait (SignInThrottle). A success removes the user's row; an address's row ages out after a quiet day.
create table signin_throttle (
    throttle_key  varchar(200) not null,
    failures      integer      not null,
    last_failure  timestamp    not null,
    blocked_until timestamp,
    constraint signin_throttle_pk primary key (throttle_key)
);

-- The generation of an API client's access tokens: a new secret and a disabling each start a new one,
-- and a token of an older generation is refused, so re-enabling a client does not revive its old tokens.
alter table api_client add column token_generation integer default 0 not null;
