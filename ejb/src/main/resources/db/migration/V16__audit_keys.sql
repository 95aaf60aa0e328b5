-- The audit chain against someone who can write the database (issue 16). Every entry written from
-- now on carries a keyed MAC (HMAC-SHA256 of its content under a key kept outside the database) and
-- the id of that key; the chain's head is signed at intervals (checkpoints), with a key pair kept
-- outside the database too. Portable SQL (H2 2.x and PostgreSQL).
alter table audit_entry add column mac varchar(64);
alter table audit_entry add column mac_key varchar(100);

-- Signed checkpoints of the chain's head, one per head position; auditors export and keep them.
create table audit_checkpoint (
    seq        bigint        not null primary key,
    head_hash  varchar(64)   not null,
    issued_at  varchar(30)   not null,
    key_id     varchar(100)  not null,
    signature  varchar(200)  not null
);

-- The public half of every key pair that signed a checkpoint, so that a checkpoint stays verifiable
-- after its key pair left the key store (auditors keep their own copies: these rows are a convenience).
create table audit_signing_key (
    key_id     varchar(100)  not null primary key,
    algorithm  varchar(40)   not null,
    public_key varchar(1000) not null,
    first_used timestamp     not null
);
